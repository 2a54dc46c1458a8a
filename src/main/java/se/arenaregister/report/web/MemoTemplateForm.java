package se.arenaregister.report.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * An upload of the memo's template, as the page's form: the file, and the version of the template it replaces (empty:
 * none), as sent. The controller reads both from the request itself and keeps this only for the messages next to the
 * field: a version this page did not write (edited, cut off) is a stale page, and text where the file should be is no
 * file, not a binding error.
 */
record MemoTemplateForm(MultipartFile file, String version) {
}
