import CLibXML2

/// Document-order traversal of a libxml2 tree without recursion (pages nest thousands deep).
enum DocumentOrder {
    /// The node after `node`'s subtree: its next sibling, or the next sibling of its nearest
    /// ancestor that has one; `nil` at the end of the document. `leaving` is called for each
    /// ancestor left on the way up.
    @inline(__always)
    static func nodeAfterSubtree(
        of node: xmlNodePtr, in document: htmlDocPtr, leaving: (xmlNodePtr) -> Void = { _ in }
    ) -> xmlNodePtr? {
        let documentNode = UnsafeMutableRawPointer(document)
        var cursor = node
        while true {
            if let next = cursor.pointee.next { return next }
            guard let parent = cursor.pointee.parent, UnsafeMutableRawPointer(parent) != documentNode else {
                return nil
            }
            leaving(parent)
            cursor = parent
        }
    }
}
