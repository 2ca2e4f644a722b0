package vn.canbo.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import vn.canbo.shared.web.Attachment;

import vn.canbo.shared.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditFilter;
import vn.canbo.audit.AuditLog;
import vn.canbo.shared.Scope;

/**
 * The filtered audit log (within the reader's scope, masked) as a streamed .xlsx; the
 * export itself is recorded in the log.
 */
@Component
class AuditExport {

	static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	/** The columns, each a key {@code audit.export.<column>} of the audit bundle. */
	static final String[] HEADERS = { "id", "at", "username", "ip", "userAgent", "action", "entityType", "entityId",
			"personId", "before", "after" };

	private static final int FLUSH_EVERY = 1000;

	private final AuditLog audit;

	AuditExport(AuditLog audit) {
		this.audit = audit;
	}

	/** The download of the filtered log, {@code nhat-ky-<today>.xlsx}. */
	@Transactional
	public void send(AuditFilter filter, Scope scope, HttpServletResponse response) {
		write(filter, scope, Attachment.open(response, Attachment.XLSX,
				"attachment; filename=\"nhat-ky-" + LocalDate.now() + ".xlsx\""));
	}

	@Transactional
	public void write(AuditFilter filter, Scope scope, OutputStream out) {
		audit.record(AuditAction.EXPORT, "audit_event", null, null, null, filter);
		try {
			Workbook wb = new Workbook(out, "canbo", "1.0");
			Worksheet ws = wb.newWorksheet(Messages.text("audit.export.sheet"));
			for (int c = 0; c < HEADERS.length; c++) {
				ws.value(0, c, Messages.text("audit.export." + HEADERS[c]));
				ws.style(0, c).bold().fillColor("DDDDDD").set();
			}
			int[] r = { 1 };
			audit.forEach(filter, scope, e -> {
				int row = r[0]++;
				ws.value(row, 0, e.id());
				ws.value(row, 1, AT.format(e.at()));
				text(ws, row, 2, e.username());
				text(ws, row, 3, e.ip());
				text(ws, row, 4, e.userAgent());
				ws.value(row, 5, e.action().name());
				text(ws, row, 6, e.entityType());
				text(ws, row, 7, e.entityId());
				if (e.personId() != null) {
					ws.value(row, 8, e.personId());
				}
				text(ws, row, 9, e.before());
				text(ws, row, 10, e.after());
				if (row % FLUSH_EVERY == 0) {
					try {
						ws.flush();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			});
			wb.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(Worksheet ws, int row, int col, String v) {
		if (v != null) {
			ws.value(row, col, escape(v));
		}
	}

	/**
	 * Formula injection: a cell starting with = + - @ (or a tab / carriage return) is
	 * prefixed with an apostrophe.
	 */
	static String escape(String v) {
		String s = vn.canbo.shared.SpreadsheetText.safe(v);
		return s.length() > 32_000 ? s.substring(0, 32_000) + "…" : s;
	}

}
