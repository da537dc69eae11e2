namespace ContentOps.Core.Review.Text;

/// <summary>
/// Common traditional characters and their simplified forms: the ones that occur in drug advertising red-line
/// vocabulary (療效, 無副作用, 專家推薦, 藥廣審). One character to one character, so offsets stay aligned.
/// </summary>
internal static class TraditionalChinese
{
    private const string Traditional =
        "療癒藥醫無證確國級頂選實絕對贈費獎專權薦廣審號險發現諾應們這個為與會說時來過後從樂體價錢買賣換獲勝優於較顯驗臨師純熱銷搶購試備禮減輕緩徹斷復萬靈錯強勁極領導進創獨軍僅閱讀請書參獻資衛業學員診適電話聯繫係碼機點擊鏈掃維護將嚴惡併總癥補壽腎臟腦腸膽態歲產劑測據數齊髮貼經營養誌類區別衝團結視聲記錄";
    private const string Simplified =
        "疗愈药医无证确国级顶选实绝对赠费奖专权荐广审号险发现诺应们这个为与会说时来过后从乐体价钱买卖换获胜优于较显验临师纯热销抢购试备礼减轻缓彻断复万灵错强劲极领导进创独军仅阅读请书参献资卫业学员诊适电话联系系码机点击链扫维护将严恶并总症补寿肾脏脑肠胆态岁产剂测据数齐发贴经营养志类区别冲团结视声记录";

    /// <summary>Writes the simplified form of every listed traditional character into the folding table.</summary>
    public static void FillInto(char[] fold)
    {
        for (var i = 0; i < Traditional.Length; i++)
        {
            fold[Traditional[i]] = Simplified[i];
        }
    }

    /// <summary>Number of character pairs; a test checks both strings stay aligned.</summary>
    public static (int Traditional, int Simplified) Lengths => (Traditional.Length, Simplified.Length);
}
