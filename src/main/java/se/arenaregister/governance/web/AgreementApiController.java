package se.arenaregister.governance.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.governance.AgreementRow;
import se.arenaregister.governance.Agreements;

@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "Agreements (överenskommelser, avtal) with their validity period")
class AgreementApiController {

    private final Agreements agreements;

    AgreementApiController(Agreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(summary = "All agreements by valid-until (open-ended last); state VALID, EXPIRED (passed, neither extended nor ended) or ENDED. "
            + "The responsible person and the comment are given to signed-in callers only")
    List<AgreementRow> list() {
        return agreements.list();
    }
}
