import GleanerCore

/// A document read from disk and decoded to UTF-8, ready for the CPU stages.
public struct LoadedDocument: Sendable {
    public var file: InputFile
    /// The bytes as stored on disk (compressed for `.gz`), for the SHA-256 and the id.
    public var diskBytes: [UInt8]
    /// The document as UTF-8, after decompression and transcoding.
    public var decoded: DecodedText

    public init(file: InputFile, diskBytes: [UInt8], decoded: DecodedText) {
        self.file = file
        self.diskBytes = diskBytes
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
