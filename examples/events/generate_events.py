#!/usr/bin/env python3
"""Generates klp-launch-events.csv: two weeks of fictional engagement with the sends of the klp-launch-2026 campaign.

The events answer the sends the example run makes: each send in the send ledger of examples/.contentops/state.db
(piece, HCP, channel, segment) gets a delivery and, by chance, opens, reads, clicks, registrations, shares, comments
and unsubscribes. Every event carries the send reference (piece + hcp + channel), so `events import` attributes it to
its send as it would a CRM or platform export; rep feedback on the rep talk track has no per-HCP send and stays
unattributed. Deterministic (seeded, sends in key order); response rates differ by segment, channel, piece and region,
so the report has a story to tell. Regenerate after the example run changes who is sent what (run in daytime
Asia/Shanghai, outside the channels' quiet hours, so the sends are made):

    contentops run examples
    python3 examples/events/generate_events.py [examples/.contentops/state.db]

Import with:  contentops events import examples/events/klp-launch-events.csv --state examples/.contentops --product 康力平
"""
import csv, random, datetime, os, sqlite3, sys

random.seed(20261205)
here = os.path.dirname(os.path.abspath(__file__))
hcps = list(csv.DictReader(open(os.path.join(here, "..", "profiles", "hcps.csv"), encoding="utf-8")))
by_id = {h["id"]: h for h in hcps}
ledger = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", ".contentops", "state.db")
with sqlite3.connect(f"file:{ledger}?mode=ro", uri=True) as db:
    sends = db.execute("SELECT DISTINCT piece_ref, hcp, channel, segment FROM sends WHERE sent_at IS NOT NULL ORDER BY piece_ref, hcp, channel").fetchall()
if not sends:
    sys.exit(f"no sends in {ledger}: run 'contentops run examples' in daytime Asia/Shanghai first")
CAMPAIGN = "diabetes/klp-launch-2026"
TZ = datetime.timezone(datetime.timedelta(hours=8))
START = datetime.datetime(2026, 11, 20, tzinfo=TZ)

def segment(h):
    if h["specialty"] == "endocrinology" and h["hospitalTier"] in ("tier3", "tier2"):
        return h["hospitalTier"] + "-endocrinology"
    if h["specialty"] == "general-practice" and h["hospitalTier"] == "community":
        return "community-gp"
    return None

TEAM_NAMES = {"01": "一组", "02": "二组"}
def team(h):
    rep = h["repId"]
    return h["region"] + TEAM_NAMES.get(rep[-2:], "组") if rep else ""

# piece, channel, consent column, open, click, read-through mean, registration rate
PIECES = [
    ("diabetes/klp-wechat-efficacy-metformin", "diabetes/wechat-hcp-service-account", "wechatOptIn", 0.42, 0.10, 0.55, 0.00),
    ("diabetes/klp-wechat-mechanism", "diabetes/wechat-hcp-service-account", "wechatOptIn", 0.30, 0.05, 0.31, 0.00),
    ("diabetes/klp-email-launch", "diabetes/approved-email", "emailOptIn", 0.25, 0.07, 0.40, 0.00),
    ("diabetes/klp-email-webinar-invite", "diabetes/approved-email", "emailOptIn", 0.29, 0.16, 0.35, 0.18),
    ("diabetes/klp-sms-webinar-reminder", "diabetes/hcp-sms", "smsOptIn", 0.00, 0.12, 0.00, 0.14),
]
SEGMENT_LIFT = {"tier3-endocrinology": 1.25, "tier2-endocrinology": 1.0, "community-gp": 0.7}
REGION_LIFT = {"上海": 1.2, "江苏": 1.1, "浙江": 1.1, "北京": 1.0, "广东": 0.95, "山东": 0.9, "湖北": 0.85, "四川": 0.8}
COMMENTS = {
    "positive": ["数据很扎实，对二甲双胍控制不佳的患者很有参考价值。", "每日一次，患者依从性会更好，内容很实用。", "讲得清楚，低血糖风险的数据很有帮助。", "期待线上学术会，希望多分享真实世界研究。"],
    "neutral": ["肾功能不全患者的剂量调整在哪里可以查到？", "请问和其他DPP-4抑制剂相比有头对头研究吗？", "已转发给科室同事。"],
    "negative": ["文章太长了，重点不突出。", "价格偏高，基层患者负担重，不好推广。", "推送太频繁了，有点打扰。"],
    "ae": ["我的一位患者服用康力平两周后出现皮疹，已停药观察。", "有患者用药后出现上腹部剧痛，急诊查淀粉酶升高，怀疑胰腺炎。"],
}
FEEDBACK = ["已拜访并讲解低血糖数据，医生愿意在二甲双胍控制不佳患者中尝试。", "医生关注医保报销，需要准入资料。", "医生报名了12月线上学术会。"]

rows = []
n = 0
def add(kind, at, piece, channel, h, seg, **extra):
    global n
    n += 1
    row = {"id": f"evt-{n:06d}", "type": kind, "occurredAt": at.isoformat(timespec="seconds"), "channel": channel, "hcp": h["id"], "campaign": CAMPAIGN, "piece": piece, "segment": seg, "region": h["region"], "team": team(h)}
    row.update(extra)
    rows.append(row)

RATES = {p[0]: p for p in PIECES}
for piece, hcp, channel, seg in sends:
    h = by_id[hcp]
    seg = seg or segment(h)
    if piece not in RATES or seg not in SEGMENT_LIFT:
        continue
    _, _, _, p_open, p_click, read_mean, p_reg = RATES[piece]
    lift = SEGMENT_LIFT[seg] * REGION_LIFT.get(h["region"], 1.0)
    sent = START + datetime.timedelta(days=random.randint(0, 10), hours=random.choice([8, 9, 12, 18, 20]), minutes=random.randint(0, 59))
    if channel.endswith("approved-email") and random.random() < 0.03:
        add("bounced", sent + datetime.timedelta(minutes=1), piece, channel, h, seg)
        continue
    add("delivered", sent + datetime.timedelta(minutes=1), piece, channel, h, seg)
    opened = p_open > 0 and random.random() < min(0.95, p_open * lift)
    at = sent + datetime.timedelta(hours=random.uniform(0.2, 30))
    if opened:
        add("opened", at, piece, channel, h, seg)
        if random.random() < 0.3:
            add("opened", at + datetime.timedelta(hours=random.uniform(2, 48)), piece, channel, h, seg)
        if read_mean > 0:
            through = max(0.05, min(1.0, random.gauss(read_mean * (0.8 + 0.2 * lift), 0.18)))
            add("read", at + datetime.timedelta(minutes=1), piece, channel, h, seg, readThrough=f"{through:.2f}", dwellSeconds=f"{through * random.uniform(150, 420):.0f}")
    if (opened or p_open == 0) and random.random() < min(0.9, p_click * lift * (2.5 if opened else 1)):
        add("clicked", at + datetime.timedelta(minutes=3), piece, channel, h, seg)
        if p_reg > 0 and random.random() < min(0.9, p_reg * lift * 3):
            add("registered", at + datetime.timedelta(minutes=6), piece, channel, h, seg)
    if opened and channel.endswith("wechat-hcp-service-account") and random.random() < 0.08 * lift:
        add("shared", at + datetime.timedelta(minutes=4), piece, channel, h, seg)
    if opened and channel.endswith("wechat-hcp-service-account") and random.random() < 0.12:
        mood = random.choices(["positive", "neutral", "negative"], [0.5, 0.3, 0.2])[0]
        add("comment", at + datetime.timedelta(minutes=8), piece, channel, h, seg, text=random.choice(COMMENTS[mood]))
    if random.random() < 0.012:
        add("unsubscribed", at + datetime.timedelta(minutes=9), piece, channel, h, seg)

# Rep feedback on the talk track: reps report visits; the talk track has no per-HCP send, so these stay unattributed.
for h in hcps:
    seg = segment(h)
    if seg is not None and h["repId"] and seg != "tier3-endocrinology" and random.random() < 0.55:
        at = START + datetime.timedelta(days=random.randint(1, 13), hours=random.randint(9, 17))
        add("rep-feedback", at, "diabetes/klp-rep-talk-track-community", "diabetes/rep-talk-tracks", h, seg, text=random.choice(FEEDBACK))

# Two comments report suspected adverse reactions: pharmacovigilance must follow them up.
wechat = [(p, hcp, c, seg) for p, hcp, c, seg in sends if c.endswith("wechat-hcp-service-account")][:2]
for (piece, hcp, channel, seg), text in zip(wechat, COMMENTS["ae"]):
    add("comment", START + datetime.timedelta(days=9, hours=21), piece, channel, by_id[hcp], seg or segment(by_id[hcp]), text=text)

rows.sort(key=lambda r: (r["occurredAt"], r["id"]))
fields = ["id", "type", "occurredAt", "channel", "hcp", "campaign", "piece", "segment", "region", "team", "readThrough", "dwellSeconds", "text"]
with open(os.path.join(here, "klp-launch-events.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
print(f"{len(rows)} events")
