package vn.canbo.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.XlsxTable;

/** A reference list as .xlsx: valid on a date, or every entry with its validity. */
@Controller
class CatalogExportController {

	private final Catalogs catalogs;

	CatalogExportController(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping("/catalogs/{type}/export.xlsx")
	void export(@PathVariable String type, @RequestParam(required = false) LocalDate asOf, HttpServletResponse res) {
		CatalogType t = CatalogTypes.parse(type);
		List<List<?>> rows = new ArrayList<>();
		for (CatalogItem i : catalogs.list(t, asOf)) {
			rows.add(java.util.Arrays.asList(i.code(), i.name(), i.nameEn(), i.parentCode(), i.validFrom(), i.validTo(),
					i.attributes() == null || i.attributes().isEmpty() ? null : i.attributes().toString()));
		}
		XlsxTable.send(res, "danh-muc-" + t.name().toLowerCase() + ".xlsx", t.name(),
				List.of(Messages.text("catalog.export.headers").split("\\|")), rows);
	}

}
