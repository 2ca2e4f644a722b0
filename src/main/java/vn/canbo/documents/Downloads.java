package vn.canbo.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.ValidationException;

/** Web helpers shared by the page and API controllers of the module. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> file(String fileName, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
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
			throw new ValidationException(List
				.of(new FieldError("ids", "Danh sách mã cán bộ không hợp lệ (các số cách nhau bởi dấu phẩy)", ids)));
		}
	}

	static String zipName(LocalDate asOf) {
		return "so-yeu-ly-lich-" + (asOf == null ? LocalDate.now() : asOf) + ".zip";
	}

	static String encoded(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/**
	 * The response body, opened only when the first byte is written: until then an error
	 * (404, 400) can still be answered normally, with its own content type.
	 */
	static OutputStream lazy(HttpServletResponse response, String fileName, String mediaType) {
		return new OutputStream() {
			private OutputStream out;

			private OutputStream out() throws IOException {
				if (out == null) {
					response.setContentType(mediaType);
					response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment()
								.filename(fileName, StandardCharsets.UTF_8)
								.build()
								.toString());
					response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
					out = response.getOutputStream();
				}
				return out;
			}

			@Override
			public void write(int b) throws IOException {
				out().write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out().write(b, off, len);
			}

			@Override
			public void flush() throws IOException {
				if (out != null) {
					out.flush();
				}
			}
		};
	}

}
