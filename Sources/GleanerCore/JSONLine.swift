/// A value that writes itself as JSON with its keys in a fixed order. Gleaner's output lines
/// use this instead of `JSONEncoder`, whose key order on Linux follows a per-process hash seed:
/// byte-identical output across runs and worker counts needs a fixed order.
public protocol JSONLineWritable {
    func write(to json: inout JSONLine)
}

/// Builds one JSON text as UTF-8 bytes: objects, arrays, strings (escaped per RFC 8259, with
/// non-ASCII written as UTF-8), integers, doubles, booleans and null.
public struct JSONLine {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    /// Empties the buffer, keeping its capacity.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    /// `value` as one line of JSON (without the newline).
    public static func encode(_ value: some JSONLineWritable) -> [UInt8] {
        var json = JSONLine()
        value.write(to: &json)
        return json.bytes
    }

    public mutating func object(_ body: (inout JSONLine) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    public mutating func array(_ body: (inout JSONLine) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// Writes `"name":` inside an object; the value must follow.
    public mutating func key(_ name: String) {
        comma()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String?) {
        comma()
        if let value { appendString(value) } else { appendLiteral("null") }
        needsComma = true
    }

    public mutating func int(_ value: Int?) {
        comma()
        appendLiteral(value.map(String.init) ?? "null")
        needsComma = true
    }

    public mutating func double(_ value: Double?) {
        comma()
        if let value, value.isFinite { appendLiteral("\(value)") } else { appendLiteral("null") }
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        comma()
        appendLiteral(value ? "true" : "false")
        needsComma = true
    }

    /// Writes a nested value; its own `object`/`array`/scalar call places the separating comma.
    public mutating func value(_ value: some JSONLineWritable) {
        value.write(to: &self)
    }

    // Convenience: key and value in one call.
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    public mutating func field(_ name: String, _ value: Int?) {
        key(name)
        int(value)
    }

    public mutating func field(_ name: String, _ value: Double?) {
        key(name)
        double(value)
    }

    public mutating func field(_ name: String, _ value: some JSONLineWritable) {
        key(name)
        self.value(value)
    }

    public mutating func field(_ name: String, strings: [String]) {
        key(name)
        array { json in for item in strings { json.string(item) } }
    }

    private mutating func comma() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func open(_ byte: UInt8) {
        comma()
        bytes.append(byte)
        needsComma = false
    }

    private mutating func close(_ byte: UInt8) {
        bytes.append(byte)
        needsComma = true
    }

    private mutating func appendLiteral(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }
}
