package vn.canbo.org.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.Decision;
import vn.canbo.org.RestructuringPlan;
import vn.canbo.org.RestructuringResult;
import vn.canbo.org.RestructuringService;
import vn.canbo.org.RestructuringService.BodyAction;
import vn.canbo.org.RestructuringService.BodyChoice;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitSpec;
import vn.canbo.org.UnitView;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;
import vn.canbo.shared.web.Formats;

/**
 * The restructuring forms of a unit's page (issue 20, point 5): each form first shows a
 * preview ({@code POST /units/{id}/ACTION/preview}, {@link RestructuringService#preview},
 * read only), where a merge's bodies can be chosen (merge / rename / keep), then executes
 * ({@code POST /units/{id}/ACTION}) the same command behind a confirmation. Units are
 * chosen from selects ({@code otherIds}, {@code parentId}, {@code successorId}); the
 * older code fields ({@code otherCodes}, {@code parentCode}, {@code successorCode}) are
 * still read.
 */
@Controller
@PreAuthorize("hasAuthority('UNIT_READ') and hasAuthority('UNIT_WRITE')")
class RestructuringPageController {

	static final List<String> ACTIONS = List.of("rename", "move", "merge", "split", "dissolve");

	private final UnitService units;

	private final RestructuringService restructurings;

	private final Catalogs catalogs;

	RestructuringPageController(UnitService units, RestructuringService restructurings, Catalogs catalogs) {
		this.units = units;
		this.restructurings = restructurings;
		this.catalogs = catalogs;
	}

	/** The decision fields of every restructuring form. */
	record DecisionFields(LocalDate effectiveDate, String decisionNumber, LocalDate decisionDate, String issuer,
			String note) {

		Decision decision() {
			return new Decision(effectiveDate, blank(decisionNumber), decisionDate, blank(issuer), blank(note));
		}

	}

	@PostMapping({ "/units/{id}/rename/preview", "/units/{id}/move/preview", "/units/{id}/merge/preview",
			"/units/{id}/split/preview", "/units/{id}/dissolve/preview" })
	String preview(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, DecisionFields decision,
			Scope scope, Model model, RedirectAttributes ra, jakarta.servlet.http.HttpServletRequest request) {
		UnitView unit = units.requireEver(id, scope);
		String uri = request.getRequestURI();
		String action = uri.substring(0, uri.length() - "/preview".length());
		action = action.substring(action.lastIndexOf('/') + 1);
		RestructuringPlan plan;
		try {
			plan = restructurings.preview(command(action, id, params, decision, scope), scope);
		}
		catch (ValidationException e) {
			ra.addFlashAttribute("errors", e.errors());
			return "redirect:/units/" + id;
		}
		Map<String, List<String>> hidden = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (!k.equals("_csrf") && !k.startsWith("body.") && !k.startsWith("bodyName.")) {
				hidden.put(k, v);
			}
		});
		Map<String, String> types = new LinkedHashMap<>();
		for (CatalogItem i : catalogs.list(CatalogType.UNIT_TYPE, plan.effectiveDate())) {
			types.put(i.code(), i.label(Messages.locale()));
		}
		model.addAttribute("unit", unit);
		model.addAttribute("action", action);
		model.addAttribute("plan", plan);
		model.addAttribute("hidden", hidden);
		model.addAttribute("types", types);
		model.addAttribute("bodyActions", BodyAction.values());
		model.addAttribute("choosable", "merge".equals(action));
		String label = Messages.text("org.action." + action);
		model.addAttribute("title", Messages.text("org.preview.title", label, unit.name()));
		model.addAttribute("confirmText",
				Messages.text("org.preview.confirm." + action, label, unit.name(), Formats.date(plan.effectiveDate()),
						Formats.number(plan.personsMoving(), Messages.locale()),
						Formats.number(plan.personsLeaving(), Messages.locale())));
		return "org/preview";
	}

	@PostMapping({ "/units/{id}/rename", "/units/{id}/move", "/units/{id}/merge", "/units/{id}/split",
			"/units/{id}/dissolve" })
	String execute(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, DecisionFields decision,
			Scope scope, RedirectAttributes ra, jakarta.servlet.http.HttpServletRequest request) {
		units.requireEver(id, scope);
		String uri = request.getRequestURI();
		String action = uri.substring(uri.lastIndexOf('/') + 1);
		try {
			Object cmd = command(action, id, params, decision, scope);
			RestructuringResult r = apply(cmd, scope);
			ra.addFlashAttribute("okKey", "org.ok." + okKey(action));
			long target = ("merge".equals(action) || "split".equals(action)) && !r.created().isEmpty()
					? r.created().get(0).id() : id;
			return "redirect:/units/" + target;
		}
		catch (ValidationException e) {
			ra.addFlashAttribute("errors", e.errors());
			return "redirect:/units/" + id;
		}
	}

	private static String okKey(String action) {
		return switch (action) {
			case "rename" -> "renamed";
			case "move" -> "moved";
			case "merge" -> "merged";
			case "split" -> "split";
			default -> "dissolved";
		};
	}

	private RestructuringResult apply(Object cmd, Scope scope) {
		if (cmd instanceof RestructuringService.Merge m) {
			return restructurings.merge(m, scope);
		}
		if (cmd instanceof RestructuringService.Split s) {
			return restructurings.split(s, scope);
		}
		if (cmd instanceof RestructuringService.Dissolve d) {
			return restructurings.dissolve(d, scope);
		}
		if (cmd instanceof RestructuringService.Rename r) {
			return restructurings.rename(r, scope);
		}
		return restructurings.move((RestructuringService.Move) cmd, scope);
	}

	/** The command of a form: the same for the preview and the execution. */
	Object command(String action, long id, MultiValueMap<String, String> p, DecisionFields decision, Scope scope) {
		Decision dec = decision.decision();
		LocalDate d = decision.effectiveDate();
		switch (action) {
			case "rename":
				return new RestructuringService.Rename(id, one(p, "name"), blank(one(p, "shortName")),
						blank(one(p, "typeCode")), dec);
			case "move": {
				Long parent = id(p, "parentId");
				if (parent == null && blank(one(p, "parentCode")) != null) {
					parent = byCode("newParentId", one(p, "parentCode"), d, scope);
				}
				String level = blank(one(p, "level"));
				return new RestructuringService.Move(id, parent,
						level == null ? null : choice(AdminLevel.class, level, "level", "org.error.levelRequired"),
						dec);
			}
			case "merge": {
				List<Long> ids = new ArrayList<>();
				ids.add(id);
				for (String v : p.getOrDefault("otherIds", List.of())) {
					Long other = parse(v);
					if (other != null && !ids.contains(other)) {
						ids.add(other);
					}
				}
				String codes = one(p, "otherCodes");
				for (String c : codes == null ? List.<String>of()
						: Arrays.stream(codes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()) {
					ids.add(byCode("unitIds", c, d, scope));
				}
				boolean keep = "THIS".equals(one(p, "successor"));
				Map<Long, BodyChoice> bodies = new LinkedHashMap<>();
				p.forEach((k, v) -> {
					if (k.startsWith("body.") && !v.isEmpty() && blank(v.get(0)) != null) {
						Long child = parse(k.substring(5));
						if (child != null) {
							bodies.put(child,
									new BodyChoice(
											choice(BodyAction.class, v.get(0), "bodies", "org.error.bodyActionUnknown"),
											blank(one(p, "bodyName." + child))));
						}
					}
				});
				return new RestructuringService.Merge(ids, keep ? id : null,
						keep ? null : new UnitSpec(one(p, "newCode"), one(p, "newName"), null,
								blank(one(p, "newTypeCode")), null, null),
						dec, Map.of(), bodies);
			}
			case "split": {
				List<UnitSpec> specs = new ArrayList<>();
				String text = one(p, "newUnits");
				for (String line : text == null ? new String[0] : text.split("\\R")) {
					if (line.isBlank()) {
						continue;
					}
					String[] parts = line.split("\\|", 2);
					if (parts.length < 2) {
						throw new ValidationException(
								List.of(new FieldError("newUnits", Messages.text("org.error.newUnitLine"), line)));
					}
					specs.add(new UnitSpec(parts[0].strip(), parts[1].strip(), null, null, null, null));
				}
				return new RestructuringService.Split(id, specs, Map.of(), Map.of(), dec);
			}
			case "dissolve": {
				Long succ = id(p, "successorId");
				if (succ == null && blank(one(p, "successorCode")) != null) {
					succ = byCode("successorId", one(p, "successorCode"), d, scope);
				}
				return new RestructuringService.Dissolve(id, succ, "true".equals(one(p, "childrenToSuccessor")),
						Map.of(), dec);
			}
			default:
				throw new NotFoundException(Messages.text("org.error.unitNotFound", String.valueOf(id)));
		}
	}

	/** A forged or stale choice is a field error of the form, not a server error. */
	private static <E extends Enum<E>> E choice(Class<E> type, String v, String field, String messageKey) {
		try {
			return Enum.valueOf(type, v.strip());
		}
		catch (IllegalArgumentException e) {
			throw new ValidationException(List.of(new FieldError(field, Messages.text(messageKey), v)));
		}
	}

	private static String one(MultiValueMap<String, String> p, String key) {
		return p.getFirst(key);
	}

	private static Long id(MultiValueMap<String, String> p, String key) {
		return parse(one(p, key));
	}

	private static Long parse(String s) {
		try {
			return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** A unit named by its code in a form, in the scope on the date. */
	private long byCode(String field, String code, LocalDate d, Scope scope) {
		String c = VietnameseText.clean(code);
		if (d == null) {
			throw new ValidationException(
					List.of(new FieldError("effectiveDate", Messages.text("org.error.effectiveDateRequired"))));
		}
		UnitView u = c == null ? null : units.findByCode(c, d).orElse(null);
		if (u == null || !units.inScope(u.id(), scope, d)) {
			throw new ValidationException(
					List.of(new FieldError(field, Messages.text("org.error.codeNotFoundOnDate", c), c)));
		}
		return u.id();
	}

	/**
	 * Absent or outside the scope: the same 404 page, so that existence does not leak.
	 */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	String notFound() {
		return "org/not-found";
	}

}
