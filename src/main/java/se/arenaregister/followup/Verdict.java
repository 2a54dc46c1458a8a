package se.arenaregister.followup;

/** An assessment's verdict, as the memo words them. Labels: {@code verdict.CODE}. */
public enum Verdict {
    /** "bedöms som relevant" */
    RELEVANT,
    /** "relevant men behöver utvecklas / ses över" */
    NEEDS_DEVELOPMENT,
    /** "deltagande … bedöms som osäkert" */
    UNCERTAIN,
    /** recommend leaving the arena */
    RECOMMEND_LEAVING
}
