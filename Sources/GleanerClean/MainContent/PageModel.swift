/// What kind of element a page element is, as far as main-content extraction cares.
enum ElementKind: UInt8 {
    case other
    case paragraph
    case title
    case heading
    case listItem
    case list
    case quote
    case preformatted
    case article
    case main
    case body
    case table
    case cell
    case link
    case container
}

/// One element of the page, in document (pre-)order. Subtree totals are filled in when the walk
/// leaves the element.
struct PageElement {
    var parent: Int32
    /// The index of the element's last descendant (itself when it has none).
    var end: Int32
    var kind: ElementKind
    /// Why the element itself looks like boilerplate (its tag, ARIA role, class or id).
    var prune: DropReason?
    /// How strongly the element is marked as the article body: 3 `itemprop=articleBody`,
    /// 2 an article-body class or id, 1 `<article>`, 0 none.
    var marker: UInt8
    /// A hash of the `class` value (0 when none): elements with the same class share a decision.
    var classHash: UInt32 = 0
    /// Text bytes in the subtree, and those inside links.
    var bytes: Int32 = 0
    var linkBytes: Int32 = 0
}

/// One paragraph of page text: a run of text between two block boundaries.
struct PageBlock {
    /// Byte range in the walker's text buffer.
    var range: Range<Int>
    /// The innermost block element that holds the text.
    var element: Int32
    var linkBytes: Int32
    var bytes: Int32 { Int32(range.count) }
}
