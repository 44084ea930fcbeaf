import CLibXML2

/// What the first cleaner does with an element, decided from its tag name alone.
enum TagRole {
    /// Text flows through (`span`, `a`, `em`, unknown tags).
    case inline
    /// Starts and ends a paragraph (`p`, `div`, `li`, `h2`, …).
    case block
    /// A heading that may give the title (`h1`).
    case heading
    /// `<br>`: a line break inside the paragraph.
    case lineBreak
    /// Dropped with everything inside: not text (`script`, `style`, `svg`, `button`, …).
    case drop
    /// Dropped with everything inside and counted as boilerplate (`nav`, `header`, `footer`, `aside`, `form`).
    case boilerplate
    /// `<head>`: read for metadata, never for body text.
    case head

    /// The role of an element with the (lowercase, as libxml2's HTML parser gives) name `name`.
    static func of(_ name: UnsafePointer<xmlChar>) -> TagRole {
        var key: UInt64 = 0
        var length = 0
        while length < 9 {
            let byte = name[length]
            if byte == 0 { break }
            if length == 8 { return longName(name) }
            key |= UInt64(byte | 0x20) << (8 * UInt64(length))
            length += 1
        }
        return role(packed: key)
    }

    private static func longName(_ name: UnsafePointer<xmlChar>) -> TagRole {
        switch String(cString: name).lowercased() {
        case "blockquote", "figcaption": return .block
        default: return .inline
        }
    }

    /// Tag names packed little-endian into a `UInt64` (up to 8 bytes), matched by a `switch` the
    /// compiler turns into a search over constants: no hashing per element.
    private static func role(packed key: UInt64) -> TagRole {
        switch key {
        // address article body caption center dd details dialog dir div dl dt fieldset figure h2 h3 h4 h5 h6 hgroup hr html legend li main menu ol p pre section summary table tbody td tfoot th thead tr ul
        case 0x73_7365_7264_6461, 0x65_6C63_6974_7261, 0x7964_6F62, 0x6E_6F69_7470_6163,
            0x7265_746E_6563, 0x6464, 0x73_6C69_6174_6564, 0x676F_6C61_6964,
            0x726964, 0x766964, 0x6C64, 0x7464,
            0x7465_7364_6C65_6966, 0x6572_7567_6966, 0x3268, 0x3368,
            0x3468, 0x3568, 0x3668, 0x7075_6F72_6768,
            0x7268, 0x6C6D_7468, 0x646E_6567_656C, 0x696C,
            0x6E69_616D, 0x756E_656D, 0x6C6F, 0x70,
            0x657270, 0x6E_6F69_7463_6573, 0x79_7261_6D6D_7573, 0x65_6C62_6174,
            0x79_646F_6274, 0x6474, 0x74_6F6F_6674, 0x6874,
            0x64_6165_6874, 0x7274, 0x6C75:
            return .block
        // audio button canvas embed frame frameset iframe input link map math meta noscript object option script select style svg template textarea title video
        case 0x6F_6964_7561, 0x6E6F_7474_7562, 0x7361_766E_6163, 0x64_6562_6D65,
            0x65_6D61_7266, 0x7465_7365_6D61_7266, 0x656D_6172_6669, 0x74_7570_6E69,
            0x6B6E_696C, 0x70616D, 0x6874_616D, 0x6174_656D,
            0x7470_6972_6373_6F6E, 0x7463_656A_626F, 0x6E6F_6974_706F, 0x7470_6972_6373,
            0x7463_656C_6573, 0x65_6C79_7473, 0x677673, 0x6574_616C_706D_6574,
            0x6165_7261_7478_6574, 0x65_6C74_6974, 0x6F_6564_6976:
            return .drop
        // aside footer form header nav
        case 0x65_6469_7361, 0x7265_746F_6F66, 0x6D72_6F66, 0x7265_6461_6568,
            0x76616E:
            return .boilerplate
        // h1
        case 0x3168:
            return .heading
        // br
        case 0x7262:
            return .lineBreak
        // head
        case 0x6461_6568:
            return .head
        default:
            return .inline
        }
    }
}
