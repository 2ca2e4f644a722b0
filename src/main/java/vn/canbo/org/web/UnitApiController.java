package vn.canbo.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.Decision;
import vn.canbo.org.RestructuringKind;
import vn.canbo.org.RestructuringPlan;
import vn.canbo.org.RestructuringResult;
import vn.canbo.org.RestructuringService;
import vn.canbo.org.StaffingQuota;
import vn.canbo.org.StaffingService;
import vn.canbo.org.UnitHistory;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitSpec;
import vn.canbo.org.UnitView;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * REST API of the organisation tree. Units outside the caller's scope answer 404. Dates
 * are yyyy-MM-dd.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Đơn vị / Units", description = "Cây tổ chức theo thời điểm, sắp xếp tổ chức, biên chế")
class UnitApiController {

	private final UnitService units;

	private final RestructuringService restructurings;

	private final StaffingService staffing;

	private final TreeAssembler trees;

	UnitApiController(UnitService units, RestructuringService restructurings, StaffingService staffing,
			TreeAssembler trees) {
		this.units = units;
		this.restructurings = restructurings;
		this.staffing = staffing;
		this.trees = trees;
	}

	private static LocalDate day(LocalDate asOf) {
		return asOf == null ? LocalDate.now() : asOf;
	}

	@GetMapping("/units")
	@PreAuthorize("hasAuthority('UNIT_READ')")
	@Operation(
			summary = "Children of a unit (or the top units of the caller's scope); with q: search by name, diacritics-insensitive")
	Object list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Long parentId, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Scope scope) {
		LocalDate d = day(asOf);
		if (q != null && !q.isBlank()) {
			PageResult<UnitView> r = units.search(q, scope, d, page, size);
			return r;
		}
		if (parentId == null) {
			return units.topUnits(scope, d).stream().map(r -> r.unit()).toList();
		}
		units.require(parentId, d, scope);
		return units.children(parentId, d);
	}

	@GetMapping("/units/{id}")
	@PreAuthorize("hasAuthority('UNIT_READ')")
	@Operation(summary = "A unit as of a date, with its path from the top")
	UnitDetail get(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Scope scope) {
		LocalDate d = day(asOf);
		UnitView u = units.require(id, d, scope);
		return new UnitDetail(u, units.path(id, d));
	}

	record UnitDetail(UnitView unit, List<UnitView> path) {
	}

	@GetMapping("/units/{id}/tree")
	@PreAuthorize("hasAuthority('UNIT_READ')")
	@Operation(
			summary = "The subtree as of a date, flat in display order, with headcount (own and subtree) and the year's quota")
	List<TreeAssembler.Node> tree(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "3") int depth, Scope scope) {
		LocalDate d = day(asOf);
		units.require(id, d, scope);
		return trees.subtree(id, d, Math.min(Math.max(depth, 0), 20));
	}

	@GetMapping("/units/{id}/history")
	@PreAuthorize("hasAuthority('UNIT_READ')")
	@Operation(summary = "Every version of the unit, the restructurings touching it, predecessors and successors")
	UnitHistory history(@PathVariable long id, Scope scope) {
		units.requireEver(id, scope);
		return units.history(id);
	}

	record CreateUnit(String code, String name, String shortName, String typeCode, AdminLevel level, Long parentId,
			LocalDate validFrom, String decisionNumber) {
	}

	@PostMapping("/units")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	@Operation(summary = "Thành lập: create a unit from a date")
	ResponseEntity<UnitView> create(@RequestBody CreateUnit body, Scope scope) {
		if (body.parentId() == null) {
			if (!scope.unrestricted()) {
				throw new ValidationException(
						List.of(new FieldError("parentId", Messages.text("org.error.parentRequired"))));
			}
		}
		else if (body.validFrom() != null) {
			if (!units.inScope(body.parentId(), scope, body.validFrom())) {
				throw new NotFoundException(Messages.text("org.error.unitNotFound", String.valueOf(body.parentId())));
			}
		}
		UnitView u = units.create(new UnitService.NewUnit(body.code(), body.name(), body.shortName(), body.typeCode(),
				body.level(), body.parentId(), body.validFrom(), body.decisionNumber()));
		return ResponseEntity.created(URI.create("/api/v1/units/" + u.id())).body(u);
	}

	/** One restructuring: {@code kind} says which fields are read. */
	record RestructuringRequest(RestructuringKind kind, LocalDate effectiveDate, String decisionNumber,
			LocalDate decisionDate, String issuer, String note, List<Long> unitIds, Long unitId, Long successorId,
			UnitSpec newUnit, List<UnitSpec> newUnits, Map<Long, String> childMapping, Map<Long, Object> personMapping,
			Boolean childrenToSuccessor, String name, String shortName, String typeCode, Long newParentId,
			AdminLevel level, Map<Long, RestructuringService.BodyChoice> bodies) {
	}

	@PostMapping("/restructurings/preview")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	@Operation(summary = "Xem trước một sắp xếp tổ chức (cùng nội dung như POST /restructurings, không ghi gì): "
			+ "mỗi đơn vị và cơ quan trực thuộc trở thành gì, số người chuyển, số người và biên chế trước/sau")
	RestructuringPlan preview(@RequestBody RestructuringRequest r, Scope scope) {
		return restructurings.preview(command(r), scope);
	}

	@PostMapping("/restructurings")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	@Operation(
			summary = "Sắp xếp tổ chức: MERGE (unitIds, successorId | newUnit, bodies: {id: {action: MERGE|RENAME|KEEP, name}}), SPLIT (unitId, newUnits, childMapping), "
					+ "DISSOLVE (unitId, successorId, childrenToSuccessor), RENAME (unitId, name, shortName, typeCode), MOVE (unitId, newParentId, level)")
	ResponseEntity<RestructuringResult> restructure(@RequestBody RestructuringRequest r, Scope scope) {
		Object cmd = command(r);
		RestructuringResult result;
		if (cmd instanceof RestructuringService.Merge m) {
			result = restructurings.merge(m, scope);
		}
		else if (cmd instanceof RestructuringService.Split x) {
			result = restructurings.split(x, scope);
		}
		else if (cmd instanceof RestructuringService.Dissolve x) {
			result = restructurings.dissolve(x, scope);
		}
		else if (cmd instanceof RestructuringService.Rename x) {
			result = restructurings.rename(x, scope);
		}
		else {
			result = restructurings.move((RestructuringService.Move) cmd, scope);
		}
		return ResponseEntity
			.created(URI.create("/api/v1/units/" + (result.created().isEmpty()
					? (r.unitId() != null ? r.unitId() : r.successorId()) : result.created().get(0).id()) + "/history"))
			.body(result);
	}

	/** The service command of a request (the same for the preview and the execution). */
	private static Object command(RestructuringRequest r) {
		if (r.kind() == null) {
			throw new ValidationException(List.of(new FieldError("kind", Messages.text("org.error.kindRequired"))));
		}
		Decision dec = new Decision(r.effectiveDate(), r.decisionNumber(), r.decisionDate(), r.issuer(), r.note());
		return switch (r.kind()) {
			case MERGE -> new RestructuringService.Merge(r.unitIds(), r.successorId(), r.newUnit(), dec,
					longs(r.personMapping()), r.bodies() == null ? Map.of() : r.bodies());
			case SPLIT -> new RestructuringService.Split(required(r.unitId()), r.newUnits(), r.childMapping(),
					strings(r.personMapping()), dec);
			case DISSOLVE -> new RestructuringService.Dissolve(required(r.unitId()), r.successorId(),
					Boolean.TRUE.equals(r.childrenToSuccessor()), longs(r.personMapping()), dec);
			case RENAME ->
				new RestructuringService.Rename(required(r.unitId()), r.name(), r.shortName(), r.typeCode(), dec);
			case MOVE -> new RestructuringService.Move(required(r.unitId()), r.newParentId(), r.level(), dec);
			case CREATE -> throw new ValidationException(
					List.of(new FieldError("kind", Messages.text("org.error.createViaUnits"))));
		};
	}

	private static long required(Long unitId) {
		if (unitId == null) {
			throw new ValidationException(List.of(new FieldError("unitId", Messages.text("org.error.unitRequired"))));
		}
		return unitId;
	}

	private static Map<Long, Long> longs(Map<Long, Object> m) {
		if (m == null) {
			return Map.of();
		}
		java.util.Map<Long, Long> out = new java.util.HashMap<>();
		m.forEach((k, v) -> {
			try {
				out.put(k, Long.valueOf(String.valueOf(v)));
			}
			catch (NumberFormatException e) {
				throw new ValidationException(
						List.of(new FieldError("personMapping", Messages.text("org.error.personTargetNotNumber"), v)));
			}
		});
		return out;
	}

	private static Map<Long, String> strings(Map<Long, Object> m) {
		if (m == null) {
			return Map.of();
		}
		java.util.Map<Long, String> out = new java.util.HashMap<>();
		m.forEach((k, v) -> out.put(k, v == null ? null : String.valueOf(v)));
		return out;
	}

	@GetMapping("/units/{id}/quotas/{year}")
	@PreAuthorize("hasAuthority('UNIT_READ')")
	@Operation(
			summary = "Biên chế of a unit for a year, with the headcount on 31/12 of that year (or today if earlier)")
	QuotaJson getQuota(@PathVariable long id, @PathVariable int year, Scope scope) {
		StaffingQuota q = staffing.quota(id, year, scope)
			.orElseThrow(() -> new NotFoundException(Messages.text("org.error.noQuota", String.valueOf(year))));
		return quotaJson(q, scope);
	}

	record QuotaBody(Integer quota, String decisionNumber, String note) {
	}

	record QuotaJson(long unitId, int year, int quota, String decisionNumber, String note, Long headcount,
			Long subtreeHeadcount) {
	}

	@PutMapping("/units/{id}/quotas/{year}")
	@PreAuthorize("hasAuthority('UNIT_WRITE')")
	@Operation(summary = "Set the biên chế of a unit for a year")
	QuotaJson putQuota(@PathVariable long id, @PathVariable int year, @RequestBody QuotaBody body, Scope scope) {
		return quotaJson(staffing.setQuota(id, year, body.quota(), body.decisionNumber(), body.note(), scope), scope);
	}

	private QuotaJson quotaJson(StaffingQuota q, Scope scope) {
		LocalDate end = LocalDate.of(q.year(), 12, 31);
		LocalDate on = end.isAfter(LocalDate.now()) ? LocalDate.now() : end;
		if (on.getYear() != q.year() || units.find(q.unitId(), on).isEmpty()) {
			return new QuotaJson(q.unitId(), q.year(), q.quota(), q.decisionNumber(), q.note(), null, null);
		}
		var s = staffing.staffing(q.unitId(), on, scope);
		return new QuotaJson(q.unitId(), q.year(), q.quota(), q.decisionNumber(), q.note(), s.own(), s.subtree());
	}

}
