package se.arenaregister.exchange.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.exchange.internal.ImportLimits;
import se.arenaregister.exchange.internal.ImportRefusedException;
import se.arenaregister.exchange.internal.Imports;
import se.arenaregister.shared.HomeOrganisation;

/** Upload a spreadsheet, see what it would change, then confirm. Nothing is written before the confirmation. */
@Controller
class ImportController {

    static final String PREVIEW_VIEW = "exchange/preview";

    private final Imports imports;
    private final ImportPageModel page;
    private final MessageSource messages;
    private final HomeOrganisation home;

    ImportController(Imports imports, ImportPageModel page, MessageSource messages, HomeOrganisation home) {
        this.imports = imports;
        this.page = page;
        this.messages = messages;
        this.home = home;
    }

    @GetMapping("/import")
    String form(Model model) {
        return page.form(model);
    }

    @PostMapping("/import")
    String preview(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long subArea,
                   Authentication user, Locale locale, Model model) {
        try {
            byte[] content = read(file);
            var preview = imports.preview(file.getOriginalFilename(), content, subArea, user.getName());
            model.addAttribute("preview", ImportView.of(preview, messages, locale, home.shortName()));
            return PREVIEW_VIEW;
        } catch (ImportRefusedException e) {
            model.addAttribute("importError", messages.getMessage(e.code(), e.args(), e.code(), locale));
            return page.form(model);
        }
    }

    @PostMapping("/import/confirm")
    String confirm(@RequestParam(required = false) String previewId, Authentication user, Locale locale, Model model,
                   RedirectAttributes redirect) {
        try {
            Imports.Outcome outcome = imports.confirm(previewId, user.getName());
            redirect.addFlashAttribute("message", "import.confirmed");
            redirect.addFlashAttribute("importOutcome", outcome);
            return "redirect:/import";
        } catch (ImportRefusedException e) {
            model.addAttribute("importError", messages.getMessage(e.code(), e.args(), e.code(), locale));
            return page.form(model);
        }
    }

    /** The upload's bytes, refused before reading if missing or over the limit. */
    static byte[] read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new ImportRefusedException("import.file.missing");
        }
        if (file.getSize() > ImportLimits.MAX_FILE_BYTES) {
            throw new ImportRefusedException("import.file.tooLarge", ImportLimits.MAX_FILE_MEGABYTES);
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new ImportRefusedException("import.file.unreadable");
        }
    }
}
