/// One line of `articles.jsonl` (schema `gleaner.article/1`): an input document after cleaning,
/// deduplication and (once that stage lands) extraction. Keys are written in the order of
/// `../shared/DESIGN.md`; unknown values are written as `null`, never left out, so that every
/// line has the same columns for DuckDB, pandas and Spark. `entities` and `figures` are left
/// out entirely when the extract stage did not run, so "not extracted" differs from "none found".
public struct ArticleRecord: Sendable, Equatable, JSONLineWritable {
    public static let schemaName = "gleaner.article/1"

    public var id: String
    public var source: SourceInfo
    public var meta: ArticleMeta
    public var text: String
    public var dedup: DedupInfo
    /// The article's distinct entities; `nil` (key left out) when the extract stage did not run.
    public var entities: [EntityRecord]?
    /// The article's figures in text order; `nil` (key left out) when the extract stage did not run.
    public var figures: [FigureRecord]?
    public var stats: ArticleStats

    public init(
        id: String, source: SourceInfo, meta: ArticleMeta, text: String, dedup: DedupInfo,
        entities: [EntityRecord]? = nil, figures: [FigureRecord]? = nil, stats: ArticleStats
    ) {
        self.id = id
        self.source = source
        self.meta = meta
        self.text = text
        self.dedup = dedup
        self.entities = entities
        self.figures = figures
        self.stats = stats
    }

    public func write(to json: inout JSONLine) {
        json.object { json in
            json.field("schema", Self.schemaName)
            json.field("id", id)
            json.field("source", source)
            json.field("meta", meta)
            json.field("text", text)
            json.field("dedup", dedup)
            if let entities {
                json.key("entities")
                json.array { json in for entity in entities { json.value(entity) } }
            }
            if let figures {
                json.key("figures")
                json.array { json in for figure in figures { json.value(figure) } }
            }
            json.field("stats", stats)
        }
    }
}

/// Where an article came from: its path relative to the input directory, its size on disk,
/// the SHA-256 of its bytes on disk, its format and the character set it was decoded from.
public struct SourceInfo: Sendable, Equatable, JSONLineWritable {
    public var path: String
    public var bytes: Int
    public var sha256: String
    public var format: DocumentFormat
    /// The character set the text was decoded from (`utf-8`, `windows-1252`, …).
    public var encoding: String
    /// `gzip` when the file was compressed, else `null`.
    public var compression: String?

    public init(
        path: String, bytes: Int, sha256: String, format: DocumentFormat, encoding: String,
        compression: String?
    ) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.compression = compression
    }

    public func write(to json: inout JSONLine) {
        json.object { json in
            json.field("path", path)
            json.field("bytes", bytes)
            json.field("sha256", sha256)
            json.field("format", format.rawValue)
            json.field("encoding", encoding)
            json.field("compression", compression)
        }
    }
}

/// Article metadata. Every key is always present; a value the cleaner could not find is `null`
/// (or an empty `authors` list), never invented.
public struct ArticleMeta: Sendable, Equatable, JSONLineWritable {
    public var title: String?
    public var authors: [String]
    /// ISO 8601 date or date-time.
    public var published: String?
    /// The news dateline split off the first paragraph ("BEIRUT").
    public var dateline: String?
    public var site: String?
    public var url: String?
    /// BCP 47 language tag ("en").
    public var language: String?

    public init(
        title: String? = nil, authors: [String] = [], published: String? = nil,
        dateline: String? = nil, site: String? = nil, url: String? = nil, language: String? = nil
    ) {
        self.title = title
        self.authors = authors
        self.published = published
        self.dateline = dateline
        self.site = site
        self.url = url
        self.language = language
    }

    public func write(to json: inout JSONLine) {
        json.object { json in
            json.field("title", title)
            json.field("authors", strings: authors)
            json.field("published", published)
            json.field("dateline", dateline)
            json.field("site", site)
            json.field("url", url)
            json.field("language", language)
        }
    }
}

/// The duplicate decision for an article.
public struct DedupInfo: Sendable, Equatable, JSONLineWritable {
    /// What the dedup stage decided.
    public enum Status: String, Sendable, Codable {
        case unique
        case exactDuplicate = "exact_duplicate"
        case nearDuplicate = "near_duplicate"
        /// The dedup stage was turned off for this run.
        case notChecked = "not_checked"
    }

    public var status: Status
    /// The original's id, `null` for an original.
    public var duplicateOf: String?
    /// The id of the cluster's original (the article's own id when it is unique).
    public var cluster: String?
    /// Similarity to the original in [0, 1]; `null` for an original.
    public var similarity: Double?

    public init(status: Status, duplicateOf: String?, cluster: String?, similarity: Double?) {
        self.status = status
        self.duplicateOf = duplicateOf
        self.cluster = cluster
        self.similarity = similarity
    }

    /// An article that is the first of its kind.
    public static func unique(id: String) -> DedupInfo {
        DedupInfo(status: .unique, duplicateOf: nil, cluster: id, similarity: nil)
    }

    /// A byte-for-byte (after normalisation) copy of `original`.
    public static func exactDuplicate(of original: String) -> DedupInfo {
        DedupInfo(status: .exactDuplicate, duplicateOf: original, cluster: original, similarity: 1)
    }

    /// The decision when dedup did not run.
    public static let notChecked = DedupInfo(
        status: .notChecked, duplicateOf: nil, cluster: nil, similarity: nil)

    /// Whether this article is a copy of another one.
    public var isDuplicate: Bool { status == .exactDuplicate || status == .nearDuplicate }

    public func write(to json: inout JSONLine) {
        json.object { json in
            json.field("status", status.rawValue)
            json.field("duplicate_of", duplicateOf)
            json.field("cluster", cluster)
            json.field("similarity", similarity)
        }
    }
}

/// One distinct named entity of an article (`entities` in an article line): its full form, its
/// type and every mention as a `[start, end)` range of code points of the article's `text`.
public struct EntityRecord: Sendable, Equatable, JSONLineWritable {
    /// The longest form the article uses ("Vladimir Putin" also for its "Putin" mentions).
    public var text: String
    /// `PERSON`, `ORGANIZATION`, `LOCATION` or `NORP`.
    public var type: String
    /// The mentions, in text order.
    public var mentions: [Range<Int>]

    public init(text: String, type: String, mentions: [Range<Int>]) {
        self.text = text
        self.type = type
        self.mentions = mentions
    }

    public func write(to json: inout JSONLine) {
        json.object { json in
            json.field("text", text)
            json.field("type", type)
            json.key("mentions")
            json.array { json in
                for mention in mentions {
                    json.array { json in
                        json.int(mention.lowerBound)
                        json.int(mention.upperBound)
                    }
                }
            }
        }
    }
}

/// Counts about an article's text.
public struct ArticleStats: Sendable, Equatable, JSONLineWritable {
    /// Whitespace-separated words in `text`.
    public var words: Int
    /// Paragraphs in `text` (blocks separated by a blank line).
    public var paragraphs: Int
    /// Sentences; `null` until the extract stage (which splits sentences) has run.
    public var sentences: Int?
    /// Blocks the cleaner dropped as non-article (navigation, asides, appeals, …).
    public var boilerplateRemoved: Int

    public init(words: Int, paragraphs: Int, sentences: Int?, boilerplateRemoved: Int) {
        self.words = words
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.boilerplateRemoved = boilerplateRemoved
    }

    public func write(to json: inout JSONLine) {
        json.object { json in
            json.field("words", words)
            json.field("paragraphs", paragraphs)
            json.field("sentences", sentences)
            json.field("boilerplate_removed", boilerplateRemoved)
        }
    }
}
