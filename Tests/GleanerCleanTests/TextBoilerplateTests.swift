import Foundation
import GleanerClean
import GleanerCore
import Testing

/// Head and tail boilerplate of plain-text articles, on texts written for these tests.
@Suite("Text boilerplate")
struct TextBoilerplateTests {
    private static let body = [
        "KHARTOUM, Sudan -- Fighting between the army and a paramilitary force spread to two more districts of the capital on Monday, killing at least 14 people, residents and medics said.",
        "The clashes began at dawn near the central market, where shells struck a bakery and a clinic. Aid groups said they had suspended deliveries to the area until further notice.",
        "The United Nations said more than 2,000 families had fled the two districts since Friday.",
    ]

    /// `body` as cleaning leaves it: the dateline goes to `meta.dateline`.
    private static let cleanedBody = [String(body[0].dropFirst("KHARTOUM, Sudan -- ".count))] + body.dropFirst()

    private func clean(_ paragraphs: [String]) throws -> CleanedDocument {
        try TextCleaner.clean(Array(paragraphs.joined(separator: "\n\n").utf8))
    }

    @Test(arguments: [
        ("Support our journalism: become a member today.", DropReason.appeal),
        ("Like this story? Donate today to keep our reporters in the field.", .appeal),
        ("Sign up for our newsletter: the week's top stories, every Monday.", .newsletter),
        ("Get the headlines in your inbox. Subscribe now.", .newsletter),
        ("Click here to share this story with a friend.", .share),
        ("(c) 2024 Nile Wire Service. All rights reserved.", .copyright),
        ("© Horn Press 2024", .copyright),
        ("This story has not been edited by our staff and is published from a syndicated feed.", .phrase),
        ("Home | World | Africa | Opinion", .navigation),
        ("Home World Africa Opinion", .navigation),
    ])
    func dropsTrailingBoilerplate(paragraph: String, reason: DropReason) throws {
        let document = try clean(Self.body + [paragraph])
        #expect(document.paragraphs == Self.cleanedBody)
        #expect(document.boilerplateRemoved == 1)
        let explanation = try TextCleaner.explain(Array((Self.body + [paragraph]).joined(separator: "\n\n").utf8))
        #expect(explanation.explanation.blocks.last == .init(text: paragraph, kept: false, reason: reason))
        #expect(explanation.explanation.method == .plainText)
    }

    @Test func dropsLeadingBoilerplateAndKeepsTheHeadline() throws {
        let document = try clean(["Home | News | Africa", "Clashes spread in Khartoum"] + Self.body)
        #expect(document.paragraphs == ["Clashes spread in Khartoum"] + Self.cleanedBody)
        #expect(document.meta.title == "Clashes spread in Khartoum")
        #expect(document.meta.dateline == "KHARTOUM, Sudan")
        #expect(document.boilerplateRemoved == 1)
    }

    @Test(arguments: [
        "Reuters staff contributed to this report from Port Sudan.",
        "Reporting by Amal Idris; editing by Tom Reed",
        "Writing by Sara Ali; additional reporting by Omar Hassan in Cairo.",
    ])
    func keepsContributorLinesAndStopsThere(line: String) throws {
        let document = try clean(Self.body + [line, "Sign up for our newsletter today."])
        #expect(document.paragraphs == Self.cleanedBody + [line])
        #expect(document.boilerplateRemoved == 1)
    }

    @Test(arguments: [
        "Residents were asked to donate blood at the two hospitals still open in the city.",
        "\"We ask you to support us,\" said the director of the clinic, whose staff have not been paid for months.",
        "Officials said the figures would be updated on Tuesday.",
    ])
    func keepsArticleEndings(ending: String) throws {
        let document = try clean(Self.body + [ending])
        #expect(document.paragraphs == Self.cleanedBody + [ending])
        #expect(document.boilerplateRemoved == 0)
    }

    @Test func dropsOnlyAtTheEdges() throws {
        let middle = "Sign up for our newsletter for more updates."
        let document = try clean([Self.body[0], middle, Self.body[1], Self.body[2]])
        #expect(document.paragraphs.contains(middle))
        #expect(document.boilerplateRemoved == 0)
    }

    @Test func dropsARelatedSectionAtTheTail() throws {
        let related = ["Related stories", "Sudan talks stall in Jeddah", "12 killed in Omdurman market blast"]
        let document = try clean(Self.body + related)
        #expect(document.paragraphs == Self.cleanedBody)
        #expect(document.boilerplateRemoved == 3)
    }

    @Test func neverDropsEverything() throws {
        let document = try clean(["Sign up for our newsletter.", "Click here to share."])
        #expect(document.paragraphCount >= 1)
    }

    @Test func countsOnlyKeptWords() throws {
        let document = try clean(Self.body + ["Support our journalism: become a member today."])
        let words = Self.cleanedBody.joined(separator: " ").split(separator: " ").count
        #expect(document.words == words)
    }

    /// The SampleCorpus texts: trailing appeals go, contributor lines stay.
    @Test func sampleCorpusTails() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleCorpus")
        let files = [
            "text/aleppo-water-station.txt", "text/armenia-border-clashes.txt",
            "text/cabo-delgado-insurgent-attack.txt", "text/cauca-police-station-attack.txt",
            "text/erbil-drone-attack.txt", "text/kashmir-gunfight.txt", "text/marawi-clashes.txt",
            "text/zaporizhzhia-power-line.txt", "text/reposted/erbil-drone-attack.txt",
            "wire/hodeidah-port-strike-agency.txt",
        ]
        var texts: [String: String] = [:]
        for file in files {
            let data = try Data(contentsOf: root.appendingPathComponent(file))
            let document = try TextCleaner.clean([UInt8](data))
            let last = try #require(document.paragraphs.last)
            #expect(
                last.contains("contributed to this report") || last.contains("Reporting by"), "\(file): \(last)")
            for phrase in ["Click here", "Sign up", "newsletter", "Copyright", "(c)", "become a member", "Donate"] {
                #expect(!document.text.contains(phrase), "\(file) still holds \(phrase)")
            }
            #expect(document.words > 250)
            texts[file] = document.text
        }
        let words = { (file: String) in texts[file]?.lowercased().split(whereSeparator: \.isWhitespace) }
        #expect(words("text/erbil-drone-attack.txt") == words("text/reposted/erbil-drone-attack.txt"))
    }
}
