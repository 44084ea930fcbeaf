import GleanerCore
import Testing

@Suite("JSON lines")
struct JSONLineTests {
    private func line(_ record: some JSONLineWritable) -> String {
        String(decoding: JSONLine.encode(record), as: UTF8.self)
    }

    @Test func escapesStringsPerRFC8259() {
        let meta = ArticleMeta(title: "Quote \" backslash \\ tab\t nl\n cr\r bell\u{07} é 北京 /")
        #expect(
            line(meta)
                == #"{"title":"Quote \" backslash \\ tab\t nl\n cr\r bell\u0007 é 北京 /","authors":[],"published":null,"dateline":null,"site":null,"url":null,"language":null}"#
        )
    }

    @Test func articleKeysFollowTheContractOrder() {
        let record = ArticleRecord(
            id: "abc",
            source: SourceInfo(
                path: "a.html", bytes: 3, sha256: "00", format: .html, encoding: "utf-8", compression: "gzip"),
            meta: ArticleMeta(authors: ["A B", "C"]), text: "T",
            dedup: .exactDuplicate(of: "def"),
            stats: ArticleStats(words: 1, paragraphs: 1, sentences: nil, boilerplateRemoved: 2))
        #expect(
            line(record)
                == #"{"schema":"gleaner.article/1","id":"abc","source":{"path":"a.html","bytes":3,"sha256":"00","format":"html","encoding":"utf-8","compression":"gzip"},"meta":{"title":null,"authors":["A B","C"],"published":null,"dateline":null,"site":null,"url":null,"language":null},"text":"T","dedup":{"status":"exact_duplicate","duplicate_of":"def","cluster":"def","similarity":1.0},"stats":{"words":1,"paragraphs":1,"sentences":null,"boilerplate_removed":2}}"#
        )
    }

    @Test func entitiesComeBetweenDedupAndStatsOnlyWhenExtracted() {
        var record = ArticleRecord(
            id: "abc",
            source: SourceInfo(
                path: "a.txt", bytes: 3, sha256: "00", format: .text, encoding: "utf-8", compression: nil),
            meta: ArticleMeta(), text: "Vladimir Putin spoke. Putin left.", dedup: .notChecked,
            stats: ArticleStats(words: 5, paragraphs: 1, sentences: nil, boilerplateRemoved: 0))
        #expect(!line(record).contains("entities"))
        record.entities = [
            EntityRecord(text: "Vladimir Putin", type: "PERSON", mentions: [0..<14, 22..<27]),
            EntityRecord(text: "Kyiv", type: "LOCATION", mentions: [40..<44]),
        ]
        record.stats.sentences = 2
        #expect(
            line(record).hasSuffix(
                #""dedup":{"status":"not_checked","duplicate_of":null,"cluster":null,"similarity":null},"entities":[{"text":"Vladimir Putin","type":"PERSON","mentions":[[0,14],[22,27]]},{"text":"Kyiv","type":"LOCATION","mentions":[[40,44]]}],"stats":{"words":5,"paragraphs":1,"sentences":2,"boilerplate_removed":0}}"#
            ))
        record.entities = []
        #expect(line(record).contains(#""entities":[],"stats""#))
    }

    @Test func errorLine() {
        let record = ErrorRecord(path: "x.txt", error: DocumentError(stage: .decode, reason: "bad"), bytes: nil)
        #expect(
            line(record) == #"{"schema":"gleaner.error/1","path":"x.txt","stage":"decode","reason":"bad","bytes":null}"#
        )
    }

    @Test func nestedValuesInAnArrayAreSeparatedByOneComma() {
        var json = JSONLine()
        json.array { json in
            json.value(ArticleStats(words: 1, paragraphs: 1, sentences: nil, boilerplateRemoved: 0))
            json.value(ArticleStats(words: 2, paragraphs: 1, sentences: 3, boilerplateRemoved: 0))
            json.string("x")
        }
        #expect(
            String(decoding: json.bytes, as: UTF8.self)
                == #"[{"words":1,"paragraphs":1,"sentences":null,"boilerplate_removed":0},{"words":2,"paragraphs":1,"sentences":3,"boilerplate_removed":0},"x"]"#
        )
    }

    @Test func nonFiniteDoublesBecomeNull() {
        var json = JSONLine()
        json.array { json in
            json.double(.nan)
            json.double(0.5)
            json.int(nil)
            json.bool(true)
        }
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[null,0.5,null,true]")
    }
}
