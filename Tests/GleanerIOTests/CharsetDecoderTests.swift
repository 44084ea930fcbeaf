import GleanerCore
import Testing

@testable import GleanerIO

@Suite("CharsetDecoder")
struct CharsetDecoderTests {
    private func html(_ s: String) -> [UInt8] { Array(s.utf8) }

    private func decodedString(_ d: DecodedText) -> String { String(decoding: d.utf8, as: UTF8.self) }

    // MARK: UTF-8

    @Test func utf8PassesThroughUnchanged() throws {
        let bytes = html("<html><body><p>Café — naïve “quotes” 日本語 🎉</p></body></html>")
        let decoded = try CharsetDecoder.decode(bytes, format: .html)
        #expect(decoded == DecodedText(utf8: bytes, encoding: "utf-8"))
        let text = try CharsetDecoder.decode(bytes, format: .text)
        #expect(text == DecodedText(utf8: bytes, encoding: "utf-8"))
    }

    @Test func emptyAndPureASCII() throws {
        #expect(try CharsetDecoder.decode([], format: .html) == DecodedText(utf8: [], encoding: "utf-8"))
        #expect(try CharsetDecoder.decode([], format: .text) == DecodedText(utf8: [], encoding: "utf-8"))
        let ascii = html("<p>plain</p>")
        #expect(try CharsetDecoder.decode(ascii, format: .html) == DecodedText(utf8: ascii, encoding: "utf-8"))
    }

    @Test func validatorRejectsIllFormedSequences() {
        let cases: [([UInt8], Int?)] = [
            ([0x61, 0xC3, 0xA9], nil),  // é
            ([0xF4, 0x8F, 0xBF, 0xBF], nil),  // U+10FFFF
            ([0xED, 0x9F, 0xBF], nil),  // U+D7FF
            ([0x61, 0xC0, 0xAF], 1),  // overlong '/'
            ([0xE0, 0x80, 0xAF], 0),  // overlong 3-byte
            ([0xF0, 0x80, 0x80, 0xAF], 0),  // overlong 4-byte
            ([0xED, 0xA0, 0x80], 0),  // surrogate U+D800
            ([0xF4, 0x90, 0x80, 0x80], 0),  // U+110000
            ([0xF5, 0x80, 0x80, 0x80], 0),
            ([0x61, 0x62, 0xE2, 0x82], 2),  // truncated at the end
            ([0x80], 0),  // stray continuation
            ([0xC3, 0x28], 0),  // bad continuation
            (Array(repeating: 0x61, count: 37) + [0xFF] + Array(repeating: 0x61, count: 20), 37),
        ]
        for (bytes, expected) in cases {
            #expect(UTF8Validation.validate(bytes).firstInvalidOffset == expected, "\(bytes)")
        }
    }

    @Test func validatorAgreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 0...40, using: &generator)
            let pool: [UInt8] = [
                0x41, 0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xA0, 0x9F, 0x90, 0x8F,
            ]
            let bytes = (0..<length).map { _ in pool.randomElement(using: &generator)! }
            let ours = UTF8Validation.validate(bytes).isValid
            let stdlib = String(validating: bytes, as: UTF8.self) != nil
            #expect(ours == stdlib, "\(bytes)")
        }
    }

    // MARK: BOMs

    @Test func utf8BOMIsStripped() throws {
        let decoded = try CharsetDecoder.decode([0xEF, 0xBB, 0xBF] + html("<p>é</p>"), format: .html)
        #expect(decoded == DecodedText(utf8: html("<p>é</p>"), encoding: "utf-8"))
        let text = try CharsetDecoder.decode([0xEF, 0xBB, 0xBF] + html("é"), format: .text)
        #expect(text == DecodedText(utf8: html("é"), encoding: "utf-8"))
    }

    @Test func utf8BOMBeatsAMetaDeclaration() throws {
        let body = html("<meta charset=\"iso-8859-2\"><p>é</p>")
        let decoded = try CharsetDecoder.decode([0xEF, 0xBB, 0xBF] + body, format: .html)
        #expect(decoded == DecodedText(utf8: body, encoding: "utf-8"))
    }

    @Test func utf16LittleEndianBOM() throws {
        let source = "<p>Zoë 😀</p>"
        let bytes: [UInt8] = [0xFF, 0xFE] + source.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try CharsetDecoder.decode(bytes, format: .html)
        #expect(decoded == DecodedText(utf8: html(source), encoding: "utf-16le"))
        #expect(try CharsetDecoder.decode(bytes, format: .text).encoding == "utf-16le")
    }

    @Test func utf16BigEndianBOM() throws {
        let source = "Zoë 😀 ok"
        let bytes: [UInt8] = [0xFE, 0xFF] + source.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let decoded = try CharsetDecoder.decode(bytes, format: .text)
        #expect(decoded == DecodedText(utf8: html(source), encoding: "utf-16be"))
    }

    @Test func utf16LoneSurrogateAndOddByteBecomeReplacementCharacters() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43]
        let decoded = try CharsetDecoder.decode(bytes, format: .html)
        #expect(decodedString(decoded) == "A\u{FFFD}B\u{FFFD}")
    }

    @Test func bomlessUTF16IsRecognised() throws {
        let source = "<!DOCTYPE html><html><body>hello</body></html>"
        let bytes: [UInt8] = source.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try CharsetDecoder.decode(bytes, format: .html)
        #expect(decoded == DecodedText(utf8: html(source), encoding: "utf-16le"))
    }

    // MARK: Declarations

    @Test func metaCharsetAttribute() throws {
        // 0xE9 is é in windows-1252; the document is not valid UTF-8.
        let bytes = html("<html><head><META Charset='ISO-8859-1'></head><body>caf") + [0xE9] + html("</body>")
        let decoded = try CharsetDecoder.decode(bytes, format: .html)
        #expect(decoded.encoding == "windows-1252")
        #expect(decodedString(decoded).contains("café"))
    }

    @Test func metaHTTPEquivInAnyOrderAndQuoting() throws {
        let variants = [
            #"<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">"#,
            #"<meta content='text/html;charset="ISO-8859-2"' http-equiv='content-type'/>"#,
            #"<META CONTENT=text/html;charset=latin2 HTTP-EQUIV=Content-Type>"#,
            "<meta\nhttp-equiv = \"CONTENT-TYPE\"\ncontent = \"text/html; Charset = l2\">",
        ]
        for meta in variants {
            // "Łódź" in ISO-8859-2.
            let bytes = html("<html><head>\(meta)</head><body>") + [0xA3, 0xF3, 0x64, 0xBC] + html("</body></html>")
            let decoded = try CharsetDecoder.decode(bytes, format: .html)
            #expect(decoded.encoding == "iso-8859-2", "\(meta)")
            #expect(decodedString(decoded).contains("Łódź"), "\(meta)")
        }
    }

    @Test func sniffingRules() {
        func sniff(_ s: String) -> String? {
            Array(s.utf8).withUnsafeBufferPointer { CharsetSniffer.declaredEncoding(in: $0)?.name }
        }
        #expect(sniff("<meta charset=utf8>") == "utf-8")
        #expect(sniff("<meta charset=\"us-ascii\">") == "windows-1252")
        #expect(sniff("<meta charset=cp1252/>") == "windows-1252")
        #expect(sniff("<meta charset=\"x-sjis\">") == "shift_jis")
        #expect(sniff("<meta charset=\"UTF-16\">") == "utf-8")  // as in browsers
        // A content charset without http-equiv does not count.
        #expect(sniff("<meta content=\"text/html; charset=koi8-r\">") == nil)
        // Commented out, or inside another tag's attribute: not a declaration.
        #expect(sniff("<!-- <meta charset=koi8-r> --><p>") == nil)
        #expect(sniff("<div title=\"<meta charset=koi8-r>\"></div>") == nil)
        #expect(sniff("<!--> <meta charset=koi8-r>") == "koi8-r")
        // The first declaration wins; an unknown one is only used when there is nothing else.
        #expect(sniff("<meta charset=koi8-r><meta charset=utf-8>") == "koi8-r")
        #expect(sniff("<meta charset=bogus-9><meta charset=latin2>") == "iso-8859-2")
        #expect(sniff("<meta charset=x-weird-1>") == "x-weird-1")
        // Only the first 4096 bytes are looked at.
        #expect(sniff(String(repeating: " ", count: 4096) + "<meta charset=koi8-r>") == nil)
        #expect(sniff(String(repeating: " ", count: 4000) + "<meta charset=koi8-r>") == "koi8-r")
        // XML declarations.
        #expect(sniff("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>") == "iso-8859-15")
        #expect(sniff("<?xml version='1.0' encoding = 'windows-1251' ?>") == "windows-1251")
        #expect(sniff("<?xml version=\"1.0\" encoding=\"latin1\"?><meta charset=koi8-r>") == "koi8-r")
    }

    @Test func xmlDeclaration() throws {
        // "Привет" in KOI8-R.
        let bytes =
            html("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>\n<html><body>") + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
            + html("</body></html>")
        let decoded = try CharsetDecoder.decode(bytes, format: .html)
        #expect(decoded.encoding == "koi8-r")
        #expect(decodedString(decoded).contains("Привет"))
    }

    @Test func multiByteIconvCharset() throws {
        // "日本" in Shift_JIS.
        let bytes = html("<meta charset=\"Shift_JIS\"><p>") + [0x93, 0xFA, 0x96, 0x7B] + html("</p>")
        let decoded = try CharsetDecoder.decode(bytes, format: .html)
        #expect(decoded.encoding == "shift_jis")
        #expect(decodedString(decoded) == "<meta charset=\"Shift_JIS\"><p>日本</p>")
    }

    @Test func pureASCIIUnderAnotherCharsetIsNotTranscoded() throws {
        let bytes = html("<meta charset=koi8-r><p>plain ascii</p>")
        #expect(try CharsetDecoder.decode(bytes, format: .html) == DecodedText(utf8: bytes, encoding: "koi8-r"))
    }

    @Test func unknownOrBrokenDeclarationsFallThrough() throws {
        let unknown = html("<meta charset=\"no-such-charset\"><p>caf") + [0xE9]
        let decoded = try CharsetDecoder.decode(unknown, format: .html)
        #expect(decoded.encoding == "windows-1252")
        #expect(decodedString(decoded).hasSuffix("café"))

        // Declared UTF-8 but invalid: Windows-1252.
        let mislabelled = html("<meta charset=utf-8><p>") + [0x93, 0x68, 0x69, 0x94]
        let fallback = try CharsetDecoder.decode(mislabelled, format: .html)
        #expect(fallback.encoding == "windows-1252")
        #expect(decodedString(fallback).hasSuffix("“hi”"))

        // Shift_JIS that is cut off mid-character: iconv fails, UTF-8 fails, Windows-1252 it is.
        let truncated = html("<meta charset=shift_jis><p>") + [0x93, 0xFA, 0x96]
        #expect(try CharsetDecoder.decode(truncated, format: .html).encoding == "windows-1252")
    }

    @Test func mislabelledLatin1ThatIsReallyUTF8() throws {
        let bytes = html(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Café “quoted”</p>")
        let decoded = try CharsetDecoder.decode(bytes, format: .html)
        #expect(decoded == DecodedText(utf8: bytes, encoding: "utf-8"))
        // Pure ASCII keeps the declared name.
        let ascii = html("<meta charset=latin1><p>Cafe</p>")
        #expect(try CharsetDecoder.decode(ascii, format: .html) == DecodedText(utf8: ascii, encoding: "windows-1252"))
    }

    // MARK: Windows-1252

    @Test func windows1252Table() throws {
        let bytes =
            html("<p>") + [
                0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x20, 0xE9, 0xFF, 0xA0, 0x99,
            ] + html("</p>")
        let decoded = try CharsetDecoder.decode(bytes, format: .html)
        #expect(decoded.encoding == "windows-1252")
        #expect(decodedString(decoded) == "<p>€ “q” \u{81}\u{8D}\u{8F}\u{90}\u{9D} éÿ\u{A0}™</p>")
        #expect(UTF8Validation.validate(decoded.utf8).isValid)
    }

    @Test func windows1252MatchesTheScalarTableForEveryByte() {
        for byte in 0...255 {
            let decoded = Windows1252.decode(Array(repeating: UInt8(ascii: "a"), count: 9) + [UInt8(byte)])
            let scalar = byte >= 0x80 && byte < 0xA0 ? UInt32(Windows1252.c1RangeScalars[byte - 0x80]) : UInt32(byte)
            #expect(
                String(decoding: decoded, as: UTF8.self) == "aaaaaaaaa" + String(Character(Unicode.Scalar(scalar)!)))
        }
    }

    @Test func undeclaredInvalidUTF8IsWindows1252() throws {
        let bytes = html("<p>na") + [0xEF] + html("ve r") + [0xE9, 0x73, 0x75, 0x6D, 0xE9] + html("</p>")
        let decoded = try CharsetDecoder.decode(bytes, format: .html)
        #expect(decoded == DecodedText(utf8: html("<p>naïve résumé</p>"), encoding: "windows-1252"))
    }

    // MARK: Plain text

    @Test func invalidUTF8TextNamesTheOffset() {
        let bytes = Array(repeating: UInt8(ascii: "x"), count: 4113) + [0xE9] + html(" more text")
        #expect(
            throws: DocumentError(
                stage: .decode,
                reason:
                    "not valid UTF-8 at byte 4113; Gleaner reads .txt files as UTF-8 — convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8"
            )
        ) {
            try CharsetDecoder.decode(bytes, format: .text)
        }
        // With a BOM the offset still counts from the start of the file.
        #expect(throws: DocumentError.self) {
            try CharsetDecoder.decode([0xEF, 0xBB, 0xBF, 0x61, 0xFF], format: .text)
        }
        do throws(DocumentError) {
            _ = try CharsetDecoder.decode([0xEF, 0xBB, 0xBF, 0x61, 0xFF], format: .text)
        } catch {
            #expect(error.reason.hasPrefix("not valid UTF-8 at byte 4;"))
        }
    }

    @Test func textDeclarationsAreIgnored() {
        let bytes = html("<meta charset=latin1> caf") + [0xE9]
        #expect(throws: DocumentError.self) { try CharsetDecoder.decode(bytes, format: .text) }
    }

    @Test func htmlWithBOMAndDamagedUTF8GetsReplacementCharacters() throws {
        let decoded = try CharsetDecoder.decode(
            [0xEF, 0xBB, 0xBF] + html("<p>a") + [0xFF] + html("b</p>"), format: .html)
        #expect(decoded == DecodedText(utf8: html("<p>a\u{FFFD}b</p>"), encoding: "utf-8"))
    }

    // MARK: Binary

    @Test func pngIsNamed() {
        let png: [UInt8] = [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        ]
        for format in [DocumentFormat.html, .text] {
            #expect(throws: DocumentError(stage: .decode, reason: "binary file (PNG image), not text or HTML")) {
                try CharsetDecoder.decode(png, format: format)
            }
        }
    }

    @Test func otherMagicNumbers() {
        let cases: [([UInt8], String)] = [
            ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "JPEG image"),
            (Array("GIF89a\u{01}\u{00}".utf8), "GIF image"),
            (Array("%PDF-1.7\n".utf8), "PDF document"),
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP archive"),
            (Array("RIFF\u{10}\u{00}\u{00}\u{00}WEBPVP8 ".utf8), "WebP image"),
            ([0x00, 0x00, 0x00, 0x18] + Array("ftypmp42".utf8), "MP4 video"),
        ]
        for (bytes, name) in cases {
            #expect(throws: DocumentError(stage: .decode, reason: "binary file (\(name)), not text or HTML")) {
                try CharsetDecoder.decode(bytes, format: .html)
            }
        }
    }

    @Test func gzipInAFileNotNamedGz() throws {
        do throws(DocumentError) {
            _ = try CharsetDecoder.decode([0x1F, 0x8B, 0x08, 0x00, 0x00], format: .html)
            Issue.record("expected an error")
        } catch {
            #expect(error.stage == .decode)
            #expect(error.reason.contains("gzip data in a file not named .gz"))
        }
    }

    @Test func nulByteIsBinary() {
        let bytes = html("hello world!") + [0x00, 0x01, 0x02] + html("more")
        #expect(throws: DocumentError(stage: .decode, reason: "binary file (NUL byte at byte 12), not text or HTML")) {
            try CharsetDecoder.decode(bytes, format: .text)
        }
        // A NUL after the first 8 KB is not looked for.
        let late = Array(repeating: UInt8(ascii: "a"), count: 9000) + [0x00]
        #expect(throws: Never.self) { try CharsetDecoder.decode(late, format: .text) }
    }

    // MARK: Larger inputs

    @Test func largeMixedDocumentRoundTrips() throws {
        var source = "<!doctype html><meta charset=windows-1252><title>x</title>"
        for i in 0..<5000 { source += "<p>Paragraph \(i): plain words and a few accents é à ü — “quotes”.</p>\n" }
        let utf8 = html(source)
        // As UTF-8 (mislabelled): passed through.
        #expect(try CharsetDecoder.decode(utf8, format: .html) == DecodedText(utf8: utf8, encoding: "utf-8"))
        // As real Windows-1252: transcoded back to the same UTF-8.
        let cp1252 = try #require(cp1252Bytes(source))
        #expect(try CharsetDecoder.decode(cp1252, format: .html) == DecodedText(utf8: utf8, encoding: "windows-1252"))
    }

    /// `source` encoded as Windows-1252 via the decoder's own table, inverted.
    private func cp1252Bytes(_ source: String) -> [UInt8]? {
        var inverse: [UInt32: UInt8] = [:]
        for byte in 0...255 {
            let scalar = byte >= 0x80 && byte < 0xA0 ? UInt32(Windows1252.c1RangeScalars[byte - 0x80]) : UInt32(byte)
            inverse[scalar] = UInt8(byte)
        }
        var out: [UInt8] = []
        for scalar in source.unicodeScalars {
            guard let byte = inverse[scalar.value] else { return nil }
            out.append(byte)
        }
        return out
    }
}
