package vn.canbo.party.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.party.Arrival;
import vn.canbo.party.Arrivals;
import vn.canbo.shared.Scope;

/**
 * REST API of the arrivals from another province (issue 18, party3): the receiving half
 * of a transfer whose sending organisation is outside the system. Scope first (404); a
 * refused arrival is a problem detail listing every error (TR-03 with its legal basis);
 * nothing stored; audited. Dates ISO.
 */
@RestController
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Đảng viên: tiếp nhận từ tỉnh khác / Party members arriving from another province",
		description = "Chi bộ nơi đến ghi giấy giới thiệu (số, ngày, tổ chức đảng nơi đi) và ngày xuất trình (TR-03); tạo đảng viên hoặc liên kết theo CCCD")
class PartyArrivalApiController {

	private static final String WRITE = "hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')";

	private final Arrivals arrivals;

	PartyArrivalApiController(Arrivals arrivals) {
		this.arrivals = arrivals;
	}

	@GetMapping("/api/v1/party/arrivals")
	@Operation(summary = "The arrivals received by the organisations of the caller's scope, newest first")
	List<Arrival> list(Scope scope) {
		return arrivals.list(scope);
	}

	@PostMapping("/api/v1/party/arrivals")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "A member arriving from another province presents the introduction letter at a chi bộ of the scope (TR-03); created, or linked by CCCD")
	ResponseEntity<Arrival> create(@RequestBody Arrival.Input body, Scope scope) {
		Arrival a = arrivals.record(body, scope);
		return ResponseEntity.created(URI.create("/api/v1/party/arrivals/" + a.id())).body(a);
	}

}
