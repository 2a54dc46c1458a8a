package se.arenaregister.exchange.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.arenaregister.exchange.internal.ImportRefusedException;
import se.arenaregister.exchange.internal.Imports;
import se.arenaregister.shared.HomeOrganisation;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Import", description = "Import arenas from XLSX or CSV: preview first, then confirm")
class ImportApiController {

    private final Imports imports;
    private final MessageSource messages;
    private final HomeOrganisation home;

    ImportApiController(Imports imports, MessageSource messages, HomeOrganisation home) {
        this.imports = imports;
        this.messages = messages;
        this.home = home;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Preview an import", description = "Reads the file (XLSX or CSV, at most 5 MB) and returns what it would "
            + "create and update and every problem by row and column. Nothing is written; confirm with the returned id.")
    ImportView preview(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long subArea,
                       Authentication user, Locale locale) {
        byte[] content = ImportController.read(file);
        return ImportView.of(imports.preview(file.getOriginalFilename(), content, subArea, user.getName()), messages, locale,
                home.shortName());
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Apply a previewed import", description = "All rows in one transaction; a preview can be applied once.")
    Imports.Outcome confirm(@PathVariable String id, Authentication user) {
        return imports.confirm(id, user.getName());
    }

    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail refused(ImportRefusedException e, Locale locale) {
        HttpStatus status = "import.confirm.unknown".equals(e.code()) ? HttpStatus.NOT_FOUND
                : e.code().startsWith("import.confirm.") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(e.code(), e.args(), e.code(), locale));
        problem.setTitle(messages.getMessage("import.refused.title", null, locale));
        problem.setProperty("code", e.code());
        return problem;
    }
}
