package vn.canbo.documents;

import vn.canbo.shared.Messages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import vn.canbo.people.PersonCriteria;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Attachment;
import vn.canbo.shared.ValidationException;

/** Web helpers shared by the page and API controllers of the module. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> file(String fileName, String mediaType, byte[] content) {
		return Attachment.entity(fileName, mediaType, content);
	}

	/** The stored .docx of a decision template, as uploaded (or built in). */
	static ResponseEntity<byte[]> template(DocumentTemplates templates, String code) {
		return file(code + ".docx", DocumentFormat.DOCX.mediaType(), templates.content(code));
	}

	static ResponseEntity<byte[]> cv(CvDocuments.CvFile f) {
		return file(f.fileName(), f.mediaType(), f.content());
	}

	/** "1,2, 3" → [1, 2, 3]; anything else is a field error on {@code ids}. */
	static List<Long> ids(String ids) {
		if (ids == null || ids.isBlank()) {
			return List.of();
		}
		try {
			return Arrays.stream(ids.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
		}
		catch (NumberFormatException e) {
			throw new ValidationException(List.of(new FieldError("ids", Messages.text("documents.error.ids"), ids)));
		}
	}

	static String zipName(LocalDate asOf) {
		return "so-yeu-ly-lich-" + (asOf == null ? LocalDate.now() : asOf) + ".zip";
	}

	static String encoded(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/**
	 * The CVs of {@code ids}, or of everyone {@code criteria} finds when there are none,
	 * streamed as one .zip (errors before the first byte are still answered normally).
	 */
	static void cvZip(CvDocuments cvs, List<Long> ids, PersonCriteria criteria, LocalDate asOf, CvLayout layout,
			DocumentFormat format, Scope scope, HttpServletResponse response) throws IOException {
		OutputStream out = Attachment.lazy(response, zipName(asOf), "application/zip");
		if (ids != null && !ids.isEmpty()) {
			cvs.cvZip(ids, asOf, layout, format, scope, out);
		}
		else {
			cvs.cvZip(criteria, layout, format, scope, out);
		}
		out.flush();
	}

}
