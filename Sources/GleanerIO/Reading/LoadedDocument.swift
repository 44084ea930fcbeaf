import GleanerCore

/// A document read from disk, hashed, and decoded to UTF-8, ready for the CPU stages.
public struct LoadedDocument: Sendable {
    public var file: InputFile
    /// The SHA-256 of the bytes on disk and the document's id.
    public var identity: DocumentIdentity
    /// Bytes on disk (compressed size for `.gz`).
    public var diskSize: Int
    /// The document as UTF-8, after decompression and transcoding.
    public var decoded: DecodedText

    public init(file: InputFile, identity: DocumentIdentity, diskSize: Int, decoded: DecodedText) {
        self.file = file
        self.identity = identity
        self.diskSize = diskSize
        self.decoded = decoded
    }
}

/// The reader's outcome for one input: the document, or the error that cost it, plus its size
/// on disk when the file could be opened.
public struct ReadOutcome: Sendable {
    public var file: InputFile
    public var diskSize: Int?
    public var result: Result<LoadedDocument, DocumentError>

    public init(file: InputFile, diskSize: Int?, result: Result<LoadedDocument, DocumentError>) {
        self.file = file
        self.diskSize = diskSize
        self.result = result
    }
}
