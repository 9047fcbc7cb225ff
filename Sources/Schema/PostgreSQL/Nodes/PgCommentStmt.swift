/// `CommentStmt`: COMMENT ON ... IS '...'; `object` is a `List` of name parts; `comment` is nil for
/// `IS NULL`, which removes the comment.
struct PgCommentStmt: Decodable, Sendable {
    let objtype: String
    let object: PgNode?
    let comment: String?
}
