/**
 * The longest text a search takes, in characters: a name or a nickname, not a document. The
 * server refuses longer (LIMIT_EXCEEDED); the search box says so before asking.
 */
export const SEARCH_MAX_TEXT_LENGTH = 200;
