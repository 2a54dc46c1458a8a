package se.arenaregister.report.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * An upload of the memo's template: the file, and the version of the template it replaces (empty: none). The version is
 * text, read by the controller: a version this page did not write (edited, cut off) is a stale page, not a binding error.
 */
record MemoTemplateForm(MultipartFile file, String version) {
}
