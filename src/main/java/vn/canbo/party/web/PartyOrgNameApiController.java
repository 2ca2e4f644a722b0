package vn.canbo.party.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.party.PartyOrg;
import vn.canbo.party.PartyOrgRenames;
import vn.canbo.shared.Scope;

/**
 * REST API of a Party organisation's renames (issue 18, party3): the dated history of its
 * name and kind of place, and a rename from a day by a decision. Scope first (404); a
 * refused rename is a problem detail listing every error; audited.
 */
@RestController
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Đảng viên: đổi tên tổ chức đảng / Party organisation renames",
		description = "Lịch sử tên và loại hình của tổ chức đảng theo ngày hiệu lực; đổi tên theo quyết định (số, ngày)")
class PartyOrgNameApiController {

	private static final String WRITE = "hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')";

	private final PartyOrgRenames renames;

	PartyOrgNameApiController(PartyOrgRenames renames) {
		this.renames = renames;
	}

	@GetMapping("/api/v1/party/orgs/{partyOrgId}/names")
	@Operation(summary = "The dated history of a Party organisation's name and kind of place, oldest first")
	List<PartyOrg.NameVersion> history(@PathVariable long partyOrgId, Scope scope) {
		return renames.history(partyOrgId, scope);
	}

	@PostMapping("/api/v1/party/orgs/{partyOrgId}/names")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "Rename a Party organisation from a day (decision number and date; kind of place unchanged when omitted); answers the history")
	List<PartyOrg.NameVersion> rename(@PathVariable long partyOrgId, @RequestBody PartyOrg.Rename body, Scope scope) {
		return renames.rename(partyOrgId, body, scope);
	}

}
