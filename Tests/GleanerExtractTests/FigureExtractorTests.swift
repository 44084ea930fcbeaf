import Testing

@testable import GleanerExtract

/// Figure extraction on DESIGN.md's examples and on sentences whose numbers count no people.
@Suite struct FigureExtractorTests {
    static func figures(_ text: String) -> [Figure] {
        FigureExtractor.shared.figures(in: text)
    }

    /// (kind, value, low, high, qualifier) of each figure.
    static func summary(_ text: String) -> [String] {
        figures(text).map { figure in
            "\(figure.kind.rawValue) \(figure.value.map(String.init) ?? "nil") \(figure.low)-\(figure.high)"
                + (figure.qualifier.map { " \($0.rawValue)" } ?? "")
        }
    }

    @Test func lexiconIsBundled() {
        #expect(FigureLexicon.bundled.personNouns.contains("civilians"))
        #expect(FigureLexicon.bundled.identityNouns["troops"] == .troops)
    }

    @Test func subsetIsASecondFigure() {
        #expect(
            Self.summary("An air strike hit the market, killing five people, including a civilian.")
                == ["killed 5 5-5", "killed 1 1-1"])
    }

    @Test func troopsAndFightersWithQualifiers() {
        #expect(Self.summary("Turkey has about 2,000 troops in the region.") == ["troops 2000 2000-2000 about"])
        #expect(
            Self.summary("The group has about 10,000 hard-core jihadists in Idlib.")
                == ["fighters 10000 10000-10000 about"])
        #expect(Self.summary("The United States is sending 21,000 troops.") == ["troops 21000 21000-21000"])
    }

    @Test func vagueTroopsButNotObservationPosts() {
        #expect(
            Self.summary("Ankara has hundreds of troops manning 12 observation posts.") == ["troops nil 200-999"])
    }

    @Test func halfMillionKilledAndPopulation() {
        #expect(
            Self.summary("Nearly a half-million people have been killed in the war.")
                == ["killed 500000 500000-500000 nearly"])
        #expect(
            Self.summary("Idlib is home to about 3 million people.") == ["population 3000000 3000000-3000000 about"])
    }

    @Test func passiveActiveAndCoordinated() {
        #expect(Self.summary("At least 32 suspected militants were killed.") == ["killed 32 32-32 at_least"])
        #expect(Self.summary("One soldier and seven militants were killed.") == ["killed 1 1-1", "killed 7 7-7"])
        #expect(
            Self.summary("The blast killed 90 people and wounded about 1,900 others.")
                == ["killed 90 90-90", "injured 1900 1900-1900 about"])
        #expect(Self.summary("Police arrested two men on Monday.") == ["detained 2 2-2"])
        #expect(Self.summary("Tens of thousands of people have been displaced.") == ["displaced nil 20000-99999"])
        #expect(Self.summary("The death toll rose to 45 on Sunday.") == ["killed 45 45-45"])
        #expect(Self.summary("Three people remain missing.") == ["missing 3 3-3"])
    }

    /// Sentences in the styles of other wires (written for this test).
    static let wireStyles: [(String, [String])] = [
        ("The attack left 12 dead and 30 wounded.", ["killed 12 12-12", "injured 30 30-30"]),
        ("Officials put the death toll at 57.", ["killed 57 57-57"]),
        ("The bombing killed 14, including three children.", ["killed 14 14-14", "killed 3 3-3"]),
        ("Some 1,200 families have been displaced by the floods.", ["displaced 1200 1200-1200 about"]),
        ("Gunmen abducted 40 schoolgirls from a boarding school.", ["detained 40 40-40"]),
        ("A total of 45 people were killed in the two attacks.", ["killed 45 45-45"]),
        ("Two Palestinians were shot dead by Israeli troops.", ["killed 2 2-2"]),
        ("Fifteen civilians, among them four children, died in the strike.", ["killed 15 15-15", "killed 4 4-4"]),
        ("He was one of three journalists killed in the blast.", ["killed 3 3-3"]),
        ("Rescuers pulled 17 bodies from the rubble.", ["killed 17 17-17"]),
        ("Four people are still unaccounted for.", ["missing 4 4-4"]),
        ("The group has between 3,000 and 5,000 fighters.", ["fighters 4000 3000-5000"]),
        ("The city of 400,000 people has been without power for days.", ["population 400000 400000-400000"]),
        ("The explosion killed the driver and two passengers.", ["killed 2 2-2"]),
        ("Medics said 60 people had been treated for gunshot wounds.", []),
        (
            "Two gunmen - both from the north - and three soldiers died in the clash.",
            ["killed 2 2-2", "killed 3 3-3"]
        ),
        ("Rebels abducted four army truck drivers near the border.", ["detained 4 4-4"]),
        ("Half of the 8,000 inhabitants have left the valley.", ["population 8000 8000-8000"]),
    ]

    @Test(arguments: wireStyles.map(\.0))
    func otherWireStyles(_ sentence: String) {
        let expected = Self.wireStyles.first { $0.0 == sentence }!.1
        #expect(Self.summary(sentence) == expected, "\(sentence)")
    }

    @Test func projectionsAreNotFigures() {
        #expect(Self.figures("The virus could kill millions of people.").isEmpty)
        #expect(Self.figures("As many as 6,000 people could die if the dam breaks.").isEmpty)
    }

    @Test func thingsAndPeopleOfNoKindAreNotFigures() {
        #expect(Self.figures("Eight aid agencies have left the region.").isEmpty)
        #expect(Self.figures("The coalition won 101 seats.").isEmpty)
        #expect(Self.figures("Gunmen set about 60 containers on fire.").isEmpty)
        #expect(Self.figures("More than six million people voted on Sunday.").isEmpty)
        #expect(Self.figures("Police say the 23-year-old teacher died in hospital.").isEmpty)
        #expect(Self.figures("No arrests have been made.").isEmpty)
    }

    @Test(arguments: [
        "Police arrested him in 2005 after the attack.",
        "The blast killed 30% of the herd.",
        "Rebels demanded $5 million for the hostage who was kidnapped.",
        "The 25-year-old was killed at 10:30 on Tuesday.",
        "He was killed on March 5 near the border.",
        "A man aged 45 was arrested.",
        "The 3rd battalion lost its commander, who was killed.",
        "Call 555-1234 if anyone is missing.",
        "Fighting killed civilians 50km north of the city.",
        "Troops were deployed in 1999 and 2003.",
        "The wounded were taken to hospital 20 miles away.",
        "About 40 percent of those killed were children.",
    ])
    func nonCountFormsAreNotFigures(_ sentence: String) {
        #expect(Self.figures(sentence).isEmpty, "\(sentence): \(Self.summary(sentence))")
    }

    @Test func spansPointAtTheEvidence() {
        let text = "Officials said. A roadside bomb in Taji killed a civilian and wounded five other people."
        let found = Self.figures(text)
        let scalars = Array(text.unicodeScalars)
        #expect(found.count == 2)
        for figure in found {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[figure.start..<figure.end])
            #expect(String(slice) == figure.text)
        }
        #expect(found.first?.text == "killed a civilian")
        #expect(found.last?.who == "people")
    }

    @Test func repeatsFoldIntoOneFigure() {
        #expect(
            Self.summary("Eleven people were killed and rescuers recovered 11 bodies from the rubble.")
                == ["killed 11 11-11"])
    }
}
