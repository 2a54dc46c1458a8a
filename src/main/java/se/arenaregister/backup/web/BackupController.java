package se.arenaregister.backup.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.arenaregister.backup.internal.Backups;
import se.arenaregister.backup.internal.RestoreRefusedException;
import se.arenaregister.backup.internal.Restores;

/**
 * {@code /admin/backup} (administrators only, see the security configuration): download a full backup, or upload
 * one to restore into this installation if it is empty. After a restore every session ends, the restoring
 * administrator's too: the accounts are now the backup's.
 */
@Controller
class BackupController {

    static final String VIEW = "backup/backup";

    private final Backups backups;
    private final Restores restores;
    private final EndedSessions sessions;
    private final MessageSource messages;
    private final long maxUploadMegabytes;

    BackupController(Backups backups, Restores restores, EndedSessions sessions, MessageSource messages,
                     @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
        this.backups = backups;
        this.restores = restores;
        this.sessions = sessions;
        this.messages = messages;
        this.maxUploadMegabytes = maxUpload.toMegabytes();
    }

    @GetMapping("/admin/backup")
    String page(@RequestParam(required = false) String refused, Locale locale, Model model) {
        if ("tooLarge".equals(refused)) {
            model.addAttribute("restoreError", messages.getMessage("backup.refused.tooLarge", new Object[] {maxUploadMegabytes}, locale));
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("registerData", restores.tablesWithRegisterData());
        model.addAttribute("maxMegabytes", maxUploadMegabytes);
        return VIEW;
    }

    @GetMapping("/admin/backup/download")
    void download(Authentication user, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(backups.fileName()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        backups.write(response.getOutputStream(), user.getName());
    }

    @PostMapping("/admin/backup/restore")
    String restore(@RequestParam(required = false) MultipartFile file, Locale locale, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        try {
            if (file == null || file.isEmpty()) {
                throw new RestoreRefusedException("backup.refused.missing");
            }
            try (InputStream upload = file.getInputStream()) {
                restores.restore(upload);
            } catch (IOException e) {
                throw new RestoreRefusedException("backup.refused.unreadable");
            }
        } catch (RestoreRefusedException e) {
            model.addAttribute("restoreError", messages.getMessage(e.code(), e.args(), e.code(), locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model);
        }
        sessions.endAll(request, response);
        return "redirect:/login?restored";
    }
}
