#!/usr/bin/env python3
"""Generates examples/profiles/hcps.csv: fictional HCP profiles for the examples (deterministic, seed 20261204).

Every person, hospital, address and number is invented: names are random surname + given-name pairs,
emails are @example.com, mobiles are 1380000xxxx, WeChat openIds are random. Run from the repository root:

    python3 examples/profiles/generate_hcps.py > examples/profiles/hcps.csv

The mix is realistic rather than uniform: most HCPs are verified, WeChat consent is the most common,
SMS the rarest; some consents expired or start later; a few HCPs opted out of personalisation (PIPL Art. 24);
two rows at the end are deliberately invalid so the rejection of bad rows (file:line) shows.
"""
import csv
import random
import sys

SEED = 20261204
COUNT = 300

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉宇鹏飞浩然子涵思远晓燕海峰志强慧敏雅琴晨曦欣怡俊杰德明振宇冬梅立新婧宁"
REGIONS = {
    "江苏": ("rep-js-01", "rep-js-02"), "浙江": ("rep-zj-01",), "上海": ("rep-sh-01",), "北京": ("rep-bj-01",),
    "广东": ("rep-gd-01", "rep-gd-02"), "四川": ("rep-sc-01",), "湖北": ("rep-hb-01",), "山东": ("rep-sd-01",),
}
# Invented place names: no real hospital is meant.
TOWNS = ["澜江", "青禾", "云屿", "松岭", "临川湾", "望舒", "白鹭洲", "金沙岸"]
HOSPITAL_KINDS = {"tier3": ["市第一人民医院", "医科大学附属医院", "中心医院"], "tier2": ["区人民医院", "市第二医院"],
                  "community": ["街道社区卫生服务中心", "镇卫生院"]}
INTERESTS = ["km-efficacy-with-metformin", "km-low-hypoglycemia", "km-once-daily", "km-mechanism", "webinar", "guideline"]
COLUMNS = ["id", "name", "title", "specialty", "hospital", "hospitalTier", "region", "verified",
           "wechatOpenId", "email", "mobile", "wechatOptIn", "emailOptIn", "smsOptIn", "consentAt", "consentExpires",
           "preferredChannel", "personalizationOptOut", "repId", "opens", "clicks", "lastContactAt", "interests"]


def pick(rng, weighted):
    r = rng.random()
    for value, weight in weighted:
        r -= weight
        if r < 0:
            return value
    return weighted[-1][0]


def profile(rng, n):
    specialty = pick(rng, [("endocrinology", 0.62), ("general-practice", 0.26), ("cardiology", 0.08), ("nephrology", 0.04)])
    tier = "community" if specialty == "general-practice" else pick(rng, [("tier3", 0.6), ("tier2", 0.4)])
    title = pick(rng, [("主任医师", 0.15), ("副主任医师", 0.3), ("主治医师", 0.4), ("住院医师", 0.15)])
    region = rng.choice(sorted(REGIONS))
    has_wechat = rng.random() < 0.85
    has_email = rng.random() < 0.78
    has_mobile = rng.random() < 0.92
    wechat_in = has_wechat and rng.random() < 0.75
    email_in = rng.random() < (0.62 if has_email else 0.04)  # a few opt-ins without an address: skipped, not sent
    sms_in = has_mobile and rng.random() < 0.38
    any_in = wechat_in or email_in or sms_in
    consent_at = ""
    if any_in:
        if rng.random() < 0.03:
            consent_at = f"2026-12-{rng.randint(10, 28):02d}"  # recorded ahead of time: valid only from then
        else:
            consent_at = f"{rng.choice([2025, 2026])}-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
    expires = ""
    if any_in and rng.random() < 0.12:
        expires = pick(rng, [("2026-11-30", 0.4), ("2027-03-31", 0.3), ("2027-12-31", 0.3)])
    preferred = pick(rng, [("wechat", 0.4), ("email", 0.25), ("sms", 0.1), ("rep", 0.25)])
    return {
        "id": f"hcp-{n:04d}",
        "name": rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2]))),
        "title": title,
        "specialty": specialty,
        "hospital": rng.choice(TOWNS) + rng.choice(HOSPITAL_KINDS[tier]),
        "hospitalTier": tier,
        "region": region,
        "verified": "true" if rng.random() < 0.86 else "false",
        "wechatOpenId": "o" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(27)) if has_wechat else "",
        "email": f"hcp{n:04d}@example.com" if has_email else "",
        "mobile": f"1380000{n:04d}" if has_mobile else "",
        "wechatOptIn": str(wechat_in).lower(),
        "emailOptIn": str(email_in).lower(),
        "smsOptIn": str(sms_in).lower(),
        "consentAt": consent_at,
        "consentExpires": expires,
        "preferredChannel": preferred,
        "personalizationOptOut": "true" if rng.random() < 0.08 else "false",
        "repId": rng.choice(REGIONS[region]),
        "opens": str(int(rng.expovariate(1 / 4))),
        "clicks": str(int(rng.expovariate(1 / 1.2))),
        "lastContactAt": f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.7 else "",
        "interests": ";".join(sorted(rng.sample(INTERESTS, rng.randint(0, 2)))),
    }


def main():
    rng = random.Random(SEED)
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for n in range(1, COUNT + 1):
        writer.writerow(profile(rng, n))
    bad = profile(rng, COUNT + 1)
    bad["verified"] = "maybe"
    writer.writerow(bad)
    bad = profile(rng, COUNT + 2)
    bad.update(emailOptIn="true", email=f"hcp{COUNT + 2:04d}@example.com", consentAt="")
    writer.writerow(bad)


if __name__ == "__main__":
    main()
