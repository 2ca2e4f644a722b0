package vn.canbo.imports;

import java.io.OutputStream;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.Catalogs;

/**
 * SPI: a template filled with data rows as .xlsx — the export half of an export → edit →
 * import round trip, for the module that owns the data (e.g. people's PERSONS export).
 */
@org.springframework.modulith.NamedInterface("spi")
@Component
public class TemplateFiles {

	private final Catalogs catalogs;

	TemplateFiles(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	/** The template with {@code rows} (column key → value) in its data sheet. */
	public void write(ImportTemplate template, Iterable<Map<String, Object>> rows, OutputStream out) {
		TemplateWriter.write(template, catalogs, out, rows);
	}

}
