package se.arenaregister.report.internal;

import se.arenaregister.report.internal.MemoContent.Header;

/** What both documents say about themselves besides the title and the author (the organisation). */
final class MemoMetadata {

    private MemoMetadata() {
    }

    /** The memo's header line, as the original memo has it under the letterhead: "Samordningskansliet, 2022-01-19, RUN/78/2022". */
    static String subject(Header header) {
        return header.office() + ", " + header.date() + ", " + header.reference();
    }
}
