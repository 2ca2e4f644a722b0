package vn.canbo.catalog.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import vn.canbo.catalog.CatalogAdmin;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;

/**
 * REST API of the reference lists: reads for every signed-in user, writes with
 * CATALOG_WRITE.
 */
@RestController
@RequestMapping("/api/v1/catalogs")
class CatalogApiController {

	private final Catalogs catalogs;

	private final CatalogAdmin admin;

	private final CatalogTypes types;

	CatalogApiController(Catalogs catalogs, CatalogAdmin admin, CatalogTypes types) {
		this.catalogs = catalogs;
		this.admin = admin;
		this.types = types;
	}

	/** One list: its label, entries valid today and every entry ever. */
	record TypeSummary(CatalogType type, String label, String labelEn, int validCount, int totalCount) {
	}

	@GetMapping
	List<TypeSummary> types() {
		LocalDate today = LocalDate.now();
		return Arrays.stream(CatalogType.values())
			.map(t -> new TypeSummary(t, types.label(t, CatalogTypes.VI), types.label(t, Locale.ENGLISH),
					catalogs.list(t, today).size(), catalogs.list(t, null).size()))
			.toList();
	}

	/**
	 * Entries valid on {@code asOf} (default today), or every entry including ended ones
	 * with {@code all=true}.
	 */
	@GetMapping("/{type}")
	List<CatalogItem> items(@PathVariable String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean all) {
		CatalogType t = CatalogTypes.parse(type);
		return catalogs.list(t, all ? null : asOf == null ? LocalDate.now() : asOf);
	}

	@GetMapping("/{type}/{code}")
	CatalogItem item(@PathVariable String type, @PathVariable String code) {
		CatalogType t = CatalogTypes.parse(type);
		return catalogs.find(t, code)
			.orElseThrow(() -> new NotFoundException(Messages.text("catalog.error.codeNotFound", code, t)));
	}

	@PostMapping("/{type}")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	ResponseEntity<CatalogItem> create(@PathVariable String type, @RequestBody CatalogAdmin.NewItem item) {
		CatalogItem created = admin.create(CatalogTypes.parse(type), item);
		return ResponseEntity.created(URI.create("/api/v1/catalogs/" + created.catalog() + "/" + created.code()))
			.body(created);
	}

	@PutMapping("/{type}/{code}")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	CatalogItem edit(@PathVariable String type, @PathVariable String code, @RequestBody CatalogAdmin.ItemEdit edit) {
		return admin.edit(CatalogTypes.parse(type), code, edit);
	}

	/** Ends the entry's validity: it is valid until the day before {@code date}. */
	@PostMapping("/{type}/{code}/end")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	CatalogItem end(@PathVariable String type, @PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Integer version) {
		return admin.end(CatalogTypes.parse(type), code, date, version);
	}

	@PostMapping("/{type}/{code}/reopen")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	CatalogItem reopen(@PathVariable String type, @PathVariable String code,
			@RequestParam(required = false) Integer version) {
		return admin.reopen(CatalogTypes.parse(type), code, version);
	}

}
