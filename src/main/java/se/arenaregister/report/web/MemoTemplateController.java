package se.arenaregister.report.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.report.internal.MemoTemplates;
import se.arenaregister.report.internal.MemoTemplates.TemplateInfo;
import se.arenaregister.report.internal.TemplateRefusedException;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.NotFoundException;

/**
 * {@code /admin/memo-template} (administrators only, see the security configuration): the organisation's own Word
 * template for the memo, with who uploaded it and when; upload one (or a new one), download it, or remove it and have
 * memos in the built-in layout again. A file that cannot be the template is refused with the reason next to the field.
 */
@Controller
class MemoTemplateController {

    static final String PATH = "/admin/memo-template";
    static final String VIEW = "report/memo-template";
    private static final String FORM = "upload";

    private final MemoTemplates templates;
    private final MessageSource messages;
    private final Clock clock;

    MemoTemplateController(MemoTemplates templates, MessageSource messages, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String refused, Model model) {
        MemoTemplateForm form = new MemoTemplateForm(null, null);
        BindingResult result = new BeanPropertyBindingResult(form, FORM);
        if ("tooLarge".equals(refused)) {
            result.rejectValue("file", "report.template.refused.tooLarge", new Object[] {MemoTemplates.MAX_MEGABYTES}, null);
        }
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        return page(model);
    }

    /**
     * The file is a request parameter, not a field bound into the form: a form-encoded post with "file=text" would fail
     * to bind and leave the page without its form. The form only carries the messages next to the field.
     */
    @PostMapping(PATH)
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String version, Locale locale,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        MemoTemplateForm upload = new MemoTemplateForm(file, version);
        BindingResult result = new BeanPropertyBindingResult(upload, FORM);
        model.addAttribute(FORM, upload);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        try {
            Long stored = version(version);
            byte[] content = file == null ? null : file.getBytes();
            templates.upload(file == null ? null : file.getOriginalFilename(), content, stored);
            redirect.addFlashAttribute("message", "report.template.uploaded");
            return "redirect:" + PATH;
        } catch (TemplateRefusedException e) {
            result.rejectValue("file", e.code(), arguments(e, locale), null);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (IOException e) {
            result.rejectValue("file", "report.template.refused.unreadable");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (EditConflictException | StalePage e) {
            result.rejectValue("file", "report.template.conflict");
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return page(model);
    }

    @PostMapping(PATH + "/remove")
    String remove(@RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            templates.remove(version(version));
            redirect.addFlashAttribute("message", "report.template.removed");
            return "redirect:" + PATH;
        } catch (EditConflictException | StalePage e) {
            MemoTemplateForm form = new MemoTemplateForm(null, null);
            BindingResult result = new BeanPropertyBindingResult(form, FORM);
            model.addAttribute(FORM, form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
            model.addAttribute("removeError", "report.template.conflict");
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model);
        }
    }

    @GetMapping(PATH + "/download")
    ResponseEntity<byte[]> download() {
        MemoTemplates.TemplateFile file = templates.file().orElseThrow(() -> new NotFoundException("memoTemplate", 1));
        return Attachments.file(file.fileName(), MediaType.parseMediaType(file.contentType()), file.content());
    }

    private String page(Model model) {
        TemplateInfo template = templates.current().orElse(null);
        model.addAttribute("template", template);
        model.addAttribute("uploadedAt", template == null ? null : template.uploadedAt().atZoneSameInstant(clock.getZone()));
        model.addAttribute("maxMegabytes", MemoTemplates.MAX_MEGABYTES);
        return VIEW;
    }

    /** The message's arguments; the styles a template lacks are named as the user's Word names them. */
    private Object[] arguments(TemplateRefusedException e, Locale locale) {
        if (e.missingStyles().isEmpty()) {
            return e.args();
        }
        return new Object[] {e.missingStyles().stream().map(code -> messages.getMessage(code, null, code, locale))
                .collect(Collectors.joining(", "))};
    }

    private static Long version(String sent) {
        if (sent == null || sent.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(sent.strip());
        } catch (NumberFormatException e) {
            throw new StalePage();
        }
    }

    /** A version this page did not write (edited by hand, or a page of an older form). */
    private static final class StalePage extends RuntimeException {
    }
}
