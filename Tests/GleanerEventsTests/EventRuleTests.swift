import Testing
@testable import GleanerEvents
import GleanerExtract
import GleanerModel

/// One test per rule of the events stage, on real sentences of the seeds.
@Suite(.serialized) struct EventRuleTests {
    static let lexicons = try! ExtractLexicons.load()
    static let events = EventExtractor(lexicon: try! EventLexicon.load())

    func events(_ text: String, published: String? = nil, language: String = "zh-Hant") -> [(Event, [EventMention])] {
        let entities = EntityExtractor(lexicons: Self.lexicons).extract(text, published: published)
        let doc = Document(title: nil, text: text, paragraphs: Paragraph.split(text),
                           charset: CharsetDecision(charset: "UTF-8", reason: .validUTF8), language: language)
        return Self.events.events(doc, entities: entities)
    }

    @Test func roleMarkersAfterAListGiveEveryOrganizationItsRole() {
        let e = events("3月26上午,由市民政局、昆區民政局主辦,包頭市益行社會組織服務中心承辦的2017年國際社工日主題宣傳周活動暨“社工讓社區更美好·三社聯動”發展論壇在包頭市舉行。")
        #expect(e.count == 1)
        let ev = e[0].0
        #expect(ev.organizers == [Organizer(name: "包头市民政局", role: "host"), Organizer(name: "昆区民政局", role: "host"),
                                  Organizer(name: "包头市益行社会组织服务中心", role: "undertaker")])
        // The title is the event's name: after the role marker, through the quoted part, before 在.
        #expect(ev.title == "2017年國際社工日主題宣傳周活動暨“社工讓社區更美好·三社聯動”發展論壇")
        // A month-day with no year takes the year the sentence names.
        #expect(ev.date?.start == "2017-03-26")
        #expect(ev.place?.id == "150200")
    }

    @Test func theSubjectBeforeTheVerbOrganizesAndAQuotedNameWithItsNounIsTheTitle() {
        let e = events("3月22日,七星岗街道社工站通过网络组织开展“七星岗街道社会工作宣传有奖知识问答”活动。", published: "2022-04-01")
        #expect(e.first?.0.organizers == [Organizer(name: "七星岗街道社工站", role: "organizer")])
        #expect(e.first?.0.title == "“七星岗街道社会工作宣传有奖知识问答”活动")
        #expect(e.first?.0.date?.start == "2022-03-22")
    }

    @Test func followUpSentencesJoinTheEventBeforeThem() {
        let text = "3月24日上午,勝宏社區聯合幸福里專業社工服務中心,開展了“社工讓社區更美好”社工宣傳周活動。\n此次活動,讓更多居民了解了社工的意義及服務的內容。"
        let e = events(text, published: "2017-04-01")
        #expect(e.count == 1)
        #expect(e.first?.1.count == 2)
        #expect(e.first?.0.place?.name == "胜宏社区")
    }

    @Test func aSentenceWithADateOfItsOwnIsANewEvent() {
        let text = "3月24日,勝宏社區開展了“社工讓社區更美好”社工宣傳周活動。\n3月25日,羅湖區湖貝社區開展了以“社工讓社區更美好”為主題的服務宣傳活動。"
        let e = events(text, published: "2017-04-01")
        #expect(e.count == 2)
        #expect(e.map { $0.0.place?.name } == ["胜宏社区", "湖贝社区"])
    }

    @Test func speechInQuotesIsNoTitleAndADayInQuotesNoDate() {
        let e = events("3月23日,老街社區開展主題活動。\n活動中,志愿者們向市民發放關于“3.21國際社工日”的宣傳資料。\n在熱鬧聲中,居民詢問:“社工是什么?社工宣傳周是干什么的?”",
                       published: "2017-04-01")
        #expect(e.count == 1, "the follow-ups join the 3月23日 event: 3.21 names the day, the question is speech")
    }

    @Test func totalsAndInstructionsToReportAreNoEvents() {
        // Seed 003's totals, seed 001's reporting instructions.
        #expect(events("截至目前,新塍镇注册社会组织52个,培育“塍益580”志愿服务团队142支,每年开展社会组织创投。", published: "2024-04-01", language: "zh-Hans").isEmpty)
        #expect(events("活動結束后,及時做好總結,于3月27日前將活動情況和圖片資料等電子版報送至區民政局社工科。", published: "2016-03-10").isEmpty)
    }

    @Test func aSentenceAtTheMeetingTellsMoreOfIt() {
        let text = "3月24日,在瓮安县开展第一季度项目实施研讨会。在项目实施研讨会上,职能部门结合心明爱中心于2021年至2022年期间的服务成效,推荐心明爱中心持续开展服务。"
        let e = events(text, published: "2022-03-28", language: "zh-Hans")
        #expect(e.count == 1 && e[0].1.count == 2)
        #expect(e.first?.0.date?.start == "2022-03-24")
    }

    @Test func aRepeatedSentenceCountsOnce() {
        let s = "3月17日,七星岗街道社工站开展“巴渝社工周”系列宣传活动。"
        let e = events(s + "\n" + s, published: "2022-04-01", language: "zh-Hans")
        #expect(e.count == 1 && e[0].1.count == 1)
    }

    @Test func aTimeHeadingGivesAPlanItsDates() {
        let text = "組織開展“和諧社區,有我社工”主題慶祝國際社工日活動。\n二、活動時間\n2016年3月15日—3月21日"
        let e = events(text)
        #expect(e.first?.0.date?.start == "2016-03-15" && e.first?.0.date?.end == "2016-03-21")
    }

    @Test func spanishEventsTakeTheirOrganizerAndHeadcount() {
        let e = events("El Fuxing Garden Club organizó a 65 personas, divididas en cuatro grupos.", language: "es")
        #expect(e.first?.0.organizers.first?.name == "Fuxing Garden Club")
        #expect(e.first?.0.people == 65)
    }

    @Test func datesMustOverlapAndPlacesAgreeAlongTheHierarchy() {
        let day = { (s: String, e: String) in DateValue(start: s, end: e, granularity: "day") }
        #expect(EventMatcher.datesAgree(day("2022-03-17", "2022-03-23"), day("2022-03-22", "2022-03-22")) == true)
        #expect(EventMatcher.datesAgree(day("2022-03-17", "2022-03-23"), day("2022-03-24", "2022-03-24")) == false)
        #expect(EventMatcher.datesAgree(day("--03-26", "--03-26"), day("2017-03-26", "2017-03-26")) == true)
        #expect(EventMatcher.datesAgree(nil, day("2017-03-26", "2017-03-26")) == nil)
        let baotou = PlaceValue(id: "150200", name: "包头市", level: "prefecture", parents: ["150000"])
        let community = PlaceValue(id: nil, name: "胜宏社区", level: "community", parents: ["150000", "150200"])
        let other = PlaceValue(id: nil, name: "老街社区", level: "community", parents: ["150000", "150200"])
        let shenzhen = PlaceValue(id: "440300", name: "深圳市", level: "prefecture", parents: ["440000"])
        #expect(EventMatcher.placesAgree(baotou, community))
        #expect(!EventMatcher.placesAgree(community, other))
        #expect(!EventMatcher.placesAgree(baotou, shenzhen))
        #expect(EventMatcher.titleSimilarity("秀洲区社工月", "秀洲区第十一届社工月暨新塍镇社会工作主题活动") >= EventMatcher.similarTitles)
        #expect(EventMatcher.titleSimilarity("主题活动", "巴渝社会工作宣传周") < EventMatcher.similarTitles)
    }

    @Test func entitiesOfASentenceAreFoundByBinarySearch() {
        func e(_ a: Int, _ b: Int) -> Entity {
            Entity(type: .date, text: "x", start: a, end: b, value: .date(DateValue(start: "2024-01-01", end: nil, granularity: "day")))
        }
        let sorted = [e(0, 3), e(2, 9), e(5, 7), e(8, 10), e(12, 15)]
        #expect(EventExtractor.within(sorted, 2, 10).map(\.start) == [2, 5, 8])
        #expect(EventExtractor.within(sorted, 6, 12).map(\.start) == [8])
        #expect(EventExtractor.within(sorted, 20, 30).isEmpty)
    }
}
