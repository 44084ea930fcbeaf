import GleanerCore

/// Bytes transcoded to UTF-8, and the name of the charset they were decoded from.
public struct DecodedText: Sendable, Equatable {
    /// The text as UTF-8; always valid UTF-8, without a byte order mark.
    public var utf8: [UInt8]
    /// The lowercase WHATWG name of the charset the bytes were decoded from: `utf-8`,
    /// `windows-1252`, `utf-16le`, `iso-8859-2`, `shift_jis`, …
    public var encoding: String

    /// Wraps UTF-8 bytes and the name of the charset they came from.
    public init(utf8: [UInt8], encoding: String) {
        self.utf8 = utf8
        self.encoding = encoding
    }
}

/// Decides the character set of an input document and transcodes it to UTF-8.
///
/// HTML is decoded the way browsers do: a byte order mark wins; then a charset the document
/// declares in its first 4096 bytes (`<meta charset>`, `<meta http-equiv>`, `<?xml encoding?>`);
/// then UTF-8 if the bytes are valid UTF-8; else Windows-1252, which decodes any byte sequence.
/// A declared Windows-1252 / ISO-8859-1 whose bytes are valid, non-ASCII UTF-8 is read as UTF-8
/// (the most common mislabel on the web), and a declared UTF-8 that is not valid UTF-8 falls
/// back to Windows-1252. Other declared charsets go through iconv.
///
/// Plain text is UTF-8 (or UTF-16 with a BOM) only; anything else is an error that says how to
/// convert the file. Binary files (images, PDFs, archives, NUL bytes) are rejected for both.
///
/// Valid UTF-8 without a BOM — the common case — is validated in one pass and returned without a
/// copy.
public enum CharsetDecoder {
    /// Decodes `bytes` (the whole document, already decompressed) to UTF-8.
    ///
    /// - Throws: `DocumentError` at stage `.decode` for binary data, and for text files that are
    ///   not valid UTF-8 (the message names the offset of the first bad byte, counted from 0).
    public static func decode(_ bytes: [UInt8], format: DocumentFormat) throws(DocumentError) -> DecodedText {
        let count = bytes.count
        // 1. A byte order mark.
        if count >= 2 {
            let b0 = bytes[0]
            let b1 = bytes[1]
            if b0 == 0xFF && b1 == 0xFE {
                return bytes.withUnsafeBufferPointer { all in
                    DecodedText(
                        utf8: UTF16Decoding.toUTF8(UnsafeBufferPointer(rebasing: all[2...]), bigEndian: false),
                        encoding: CharsetLabels.utf16LE)
                }
            }
            if b0 == 0xFE && b1 == 0xFF {
                return bytes.withUnsafeBufferPointer { all in
                    DecodedText(
                        utf8: UTF16Decoding.toUTF8(UnsafeBufferPointer(rebasing: all[2...]), bigEndian: true),
                        encoding: CharsetLabels.utf16BE)
                }
            }
            if count >= 3 && b0 == 0xEF && b1 == 0xBB && bytes[2] == 0xBF {
                return try decodeUTF8WithBOM(bytes, format: format)
            }
        }

        // BOM-less UTF-16 (every other byte NUL, starting with ASCII), before the NUL check.
        let bomless: DecodedText? = bytes.withUnsafeBufferPointer { all in
            if UTF16Decoding.looksLikeBOMlessUTF16(all, bigEndian: false) {
                return DecodedText(utf8: UTF16Decoding.toUTF8(all, bigEndian: false), encoding: CharsetLabels.utf16LE)
            }
            if UTF16Decoding.looksLikeBOMlessUTF16(all, bigEndian: true) {
                return DecodedText(utf8: UTF16Decoding.toUTF8(all, bigEndian: true), encoding: CharsetLabels.utf16BE)
            }
            return nil
        }
        if let bomless { return bomless }

        // Binary data, and for HTML the declared charset — both from the first few KB only.
        var binaryError: DocumentError?
        var declared: CharsetSniffer.Declaration?
        bytes.withUnsafeBufferPointer { all in
            binaryError = BinarySniffer.binaryError(all)
            if binaryError != nil { return }
            if format == .html { declared = CharsetSniffer.declaredEncoding(in: all) }
        }
        if let binaryError { throw binaryError }

        switch format {
        case .text:
            let validation = UTF8Validation.validate(bytes)
            if let offset = validation.firstInvalidOffset { throw notUTF8Error(at: offset) }
            return DecodedText(utf8: bytes, encoding: CharsetLabels.utf8)
        case .html:
            return decodeHTML(bytes, declared: declared)
        }
    }

    /// Steps 2–4 for HTML without a BOM.
    private static func decodeHTML(_ bytes: [UInt8], declared: CharsetSniffer.Declaration?) -> DecodedText {
        guard let declared, declared.name != CharsetLabels.utf8 else {
            // Undeclared or declared UTF-8: UTF-8 if valid, else Windows-1252.
            return utf8OrWindows1252(bytes, validation: UTF8Validation.validate(bytes))
        }
        if declared.name == CharsetLabels.windows1252 {
            let validation = UTF8Validation.validate(bytes)
            if validation.isValid {
                // Non-ASCII UTF-8 under a Latin-1 label is a mislabel; pure ASCII is the same in both.
                return DecodedText(
                    utf8: bytes, encoding: validation.sawNonASCII ? CharsetLabels.utf8 : CharsetLabels.windows1252)
            }
            return DecodedText(utf8: Windows1252.decode(bytes), encoding: CharsetLabels.windows1252)
        }
        // Another charset: pure ASCII needs no work if the charset is ASCII-compatible.
        if declared.isKnown, CharsetLabels.asciiCompatible.contains(declared.name),
            bytes.withUnsafeBufferPointer({ UTF8Validation.isASCII($0) })
        {
            return DecodedText(utf8: bytes, encoding: declared.name)
        }
        let iconvName =
            declared.isKnown
            ? CharsetLabels.iconvNameByCanonical[declared.name] ?? declared.name.uppercased()
            : declared.name.uppercased()
        if let converted = IconvTranscoder.toUTF8(bytes, from: iconvName),
            UTF8Validation.validate(converted).isValid
        {
            return DecodedText(utf8: converted, encoding: declared.name)
        }
        return utf8OrWindows1252(bytes, validation: UTF8Validation.validate(bytes))
    }

    private static func utf8OrWindows1252(_ bytes: [UInt8], validation: UTF8Validation.Result) -> DecodedText {
        if validation.isValid { return DecodedText(utf8: bytes, encoding: CharsetLabels.utf8) }
        return DecodedText(utf8: Windows1252.decode(bytes), encoding: CharsetLabels.windows1252)
    }

    /// A UTF-8 BOM: the rest must be UTF-8. Text that is not is an error; HTML that is not gets
    /// U+FFFD for the bad bytes, as in browsers (the BOM is a stronger signal than the damage).
    private static func decodeUTF8WithBOM(_ bytes: [UInt8], format: DocumentFormat) throws(DocumentError)
        -> DecodedText
    {
        let body = Array(bytes[3...])
        if let nul = body.withUnsafeBufferPointer({ BinarySniffer.firstNUL($0) }) {
            throw DocumentError(stage: .decode, reason: "binary file (NUL byte at byte \(nul + 3)), not text or HTML")
        }
        let validation = UTF8Validation.validate(body)
        if let offset = validation.firstInvalidOffset {
            if format == .text { throw notUTF8Error(at: offset + 3) }
            return DecodedText(utf8: UTF8Validation.repairing(body), encoding: CharsetLabels.utf8)
        }
        return DecodedText(utf8: body, encoding: CharsetLabels.utf8)
    }

    private static func notUTF8Error(at offset: Int) -> DocumentError {
        DocumentError(
            stage: .decode,
            reason: "not valid UTF-8 at byte \(offset); Gleaner reads .txt files as UTF-8 — convert it first, "
                + "e.g. iconv -f WINDOWS-1252 -t UTF-8")
    }
}
