/// `CommentStmt`: COMMENT ON ... IS '...'; `object` is a `List` of name parts; `comment` is nil for
/// `IS NULL`, which removes the comment.
struct PgCommentStmt: Decodable, Sendable {
    let objtype: String
    let object: PgNode?
    let comment: String?
}

extension PgCommentStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        objtype = try object.required(object.string("objtype"), "objtype")
        self.object = try object.node("object")
        comment = try object.string("comment")
    }
}
