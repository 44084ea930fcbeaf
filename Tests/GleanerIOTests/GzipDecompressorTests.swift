import CZlib
import GleanerCore
import Testing

@testable import GleanerIO

/// Compresses `bytes` with zlib's deflate; windowBits 31 writes a gzip member, 15 a zlib stream.
private func deflate(_ bytes: [UInt8], windowBits: Int32 = 31, level: Int32 = 6) -> [UInt8] {
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }
    precondition(czlib_deflate_init2(stream, level, windowBits) == Z_OK)
    let bound = Int(deflateBound(stream, UInt(bytes.count))) + 64
    var out = [UInt8](repeating: 0, count: bound)
    var input = bytes
    let status: Int32 = input.withUnsafeMutableBufferPointer { source in
        out.withUnsafeMutableBufferPointer { destination in
            stream.pointee.next_in = source.baseAddress
            stream.pointee.avail_in = UInt32(source.count)
            stream.pointee.next_out = destination.baseAddress
            stream.pointee.avail_out = UInt32(destination.count)
            return CZlib.deflate(stream, Z_FINISH)
        }
    }
    precondition(status == Z_STREAM_END)
    return Array(out[0..<Int(stream.pointee.total_out)])
}

private func sampleText(_ paragraphs: Int) -> [UInt8] {
    var text = ""
    for i in 0..<paragraphs {
        text += "<p>Paragraph \(i): the quick brown fox jumps over the lazy dog (\(i * 7919 % 1000)).</p>\n"
    }
    return Array(text.utf8)
}

private let generous = (maxBytes: 20_000_000, maxRatio: 100)

@Suite("GzipDecompressor")
struct GzipDecompressorTests {
    @Test func roundTrip() throws {
        let original = sampleText(3000)
        let compressed = deflate(original)
        #expect(compressed.count < original.count)
        let restored = try GzipDecompressor.decompress(
            compressed, maxBytes: generous.maxBytes, maxRatio: generous.maxRatio)
        #expect(restored == original)
    }

    @Test func emptyAndTinyPayloads() throws {
        #expect(try GzipDecompressor.decompress(deflate([]), maxBytes: 100, maxRatio: 100) == [])
        #expect(try GzipDecompressor.decompress(deflate([0x41]), maxBytes: 100, maxRatio: 100) == [0x41])
    }

    @Test func zlibStreamsAreAcceptedToo() throws {
        let original = sampleText(10)
        #expect(
            try GzipDecompressor.decompress(deflate(original, windowBits: 15), maxBytes: 1_000_000, maxRatio: 100)
                == original)
    }

    @Test func concatenatedMembers() throws {
        let parts = [sampleText(50), Array("second member\n".utf8), [], sampleText(7)]
        let compressed = parts.flatMap { deflate($0) }
        let restored = try GzipDecompressor.decompress(
            compressed, maxBytes: generous.maxBytes, maxRatio: generous.maxRatio)
        #expect(restored == parts.flatMap { $0 })
    }

    @Test func trailingZeroPaddingIsIgnored() throws {
        let original = sampleText(5)
        let restored = try GzipDecompressor.decompress(
            deflate(original) + [0, 0, 0, 0], maxBytes: 1_000_000, maxRatio: 100)
        #expect(restored == original)
    }

    @Test func truncatedStream() {
        let compressed = deflate(sampleText(2000))
        let cut = Array(compressed[0..<(compressed.count / 2)])
        let count = ByteCount.groupThousands(cut.count)
        #expect(
            throws: DocumentError(
                stage: .read,
                reason:
                    "truncated gzip: the stream ends before its end marker (compressed \(count) bytes) — was the download cut short?"
            )
        ) {
            try GzipDecompressor.decompress(cut, maxBytes: generous.maxBytes, maxRatio: generous.maxRatio)
        }
        // Missing only the 8-byte trailer (CRC and length) is truncated too.
        let noTrailer = Array(compressed.dropLast(8))
        #expect(throws: DocumentError.self) {
            try GzipDecompressor.decompress(noTrailer, maxBytes: generous.maxBytes, maxRatio: generous.maxRatio)
        }
    }

    @Test func corruptData() {
        var compressed = deflate(sampleText(2000))
        // A flipped byte in the CRC trailer.
        compressed[compressed.count - 6] ^= 0xFF
        do throws(DocumentError) {
            _ = try GzipDecompressor.decompress(compressed, maxBytes: generous.maxBytes, maxRatio: generous.maxRatio)
            Issue.record("expected an error")
        } catch {
            #expect(error.stage == .read)
            #expect(error.reason.hasPrefix("corrupt gzip data at compressed byte "))
            #expect(error.reason.hasSuffix(": incorrect data check"))
        }
        // Garbage in the middle of the deflate data.
        var garbled = deflate(sampleText(2000))
        for i in 20..<60 { garbled[i] = 0xFF }
        do throws(DocumentError) {
            _ = try GzipDecompressor.decompress(garbled, maxBytes: generous.maxBytes, maxRatio: generous.maxRatio)
            Issue.record("expected an error")
        } catch {
            #expect(error.reason.hasPrefix("corrupt gzip data at compressed byte "))
        }
    }

    @Test func notGzipAtAll() {
        let html = Array("<html><body>not compressed</body></html>".utf8)
        do throws(DocumentError) {
            _ = try GzipDecompressor.decompress(html, maxBytes: generous.maxBytes, maxRatio: generous.maxRatio)
            Issue.record("expected an error")
        } catch {
            #expect(error.stage == .read)
            #expect(error.reason.hasPrefix("not gzip data"))
        }
        #expect(throws: DocumentError.self) { try GzipDecompressor.decompress([], maxBytes: 10, maxRatio: 10) }
    }

    @Test func sizeCap() throws {
        let original = sampleText(3000)  // ~250 kB
        let compressed = deflate(original)
        #expect(
            throws: DocumentError(
                stage: .read, reason: "larger than the 100 kB limit after decompression (raise limits.max_bytes)")
        ) {
            try GzipDecompressor.decompress(compressed, maxBytes: 100_000, maxRatio: 1000)
        }
        #expect(
            throws: DocumentError(
                stage: .read, reason: "larger than the 20 MB limit after decompression (raise limits.max_bytes)")
        ) {
            try GzipDecompressor.decompress(
                deflate(Array(repeating: 0x20, count: 20_000_001)), maxBytes: 20_000_000, maxRatio: 0)
        }
        // Exactly at the cap is fine.
        #expect(try GzipDecompressor.decompress(compressed, maxBytes: original.count, maxRatio: 1000) == original)
    }

    @Test func ratioCap() throws {
        let bomb = deflate(Array(repeating: 0, count: 5_000_000), level: 9)  // ~1000:1
        #expect(
            throws: DocumentError(
                stage: .read,
                reason: "decompression ratio above 100:1 (a gzip bomb?); raise limits.max_ratio if this file is genuine"
            )
        ) {
            try GzipDecompressor.decompress(bomb, maxBytes: 20_000_000, maxRatio: 100)
        }
        // The same data passes with the ratio cap raised (or off).
        #expect(try GzipDecompressor.decompress(bomb, maxBytes: 20_000_000, maxRatio: 10_000).count == 5_000_000)
        #expect(try GzipDecompressor.decompress(bomb, maxBytes: 20_000_000, maxRatio: 0).count == 5_000_000)
    }

    @Test func smallRepetitiveFilesAreNotRefusedForTheirRatio() throws {
        let repetitive = deflate(Array(repeating: UInt8(ascii: "a"), count: 500_000), level: 9)  // ~500:1
        #expect(Double(500_000) / Double(repetitive.count) > 100)
        #expect(try GzipDecompressor.decompress(repetitive, maxBytes: 20_000_000, maxRatio: 100).count == 500_000)
    }

    @Test func sizeFormatting() {
        #expect(ByteCount.format(20_000_000) == "20 MB")
        #expect(ByteCount.format(1_500_000) == "1.5 MB")
        #expect(ByteCount.format(2_000_000_000) == "2 GB")
        #expect(ByteCount.format(512) == "512 bytes")
        #expect(ByteCount.groupThousands(61234) == "61,234")
        #expect(ByteCount.groupThousands(1_234_567) == "1,234,567")
        #expect(ByteCount.groupThousands(999) == "999")
    }
}
