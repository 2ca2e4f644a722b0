package vn.canbo.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.canbo.shared.VietnameseText;

/**
 * A file download: its media type, its {@code Content-Disposition} and its bytes, whole
 * ({@link #entity}, {@link #send}) or streamed ({@link #lazy}). Every export and document
 * of the application goes out through here.
 */
public final class Attachment {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String PDF = "application/pdf";

	private Attachment() {
	}

	/** Spring's attachment header: the file name in UTF-8 (RFC 5987). */
	public static String disposition(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

	/**
	 * The attachment header of a report named in Vietnamese: a folded ASCII fallback
	 * ({@code bao-cao.pdf}) plus the UTF-8 name (RFC 5987).
	 */
	public static String folded(String baseName, String ext) {
		String ascii = VietnameseText.fold(baseName).replaceAll("[^a-z0-9]+", "-");
		return "attachment; filename=\"" + ascii + "." + ext + "\"; filename*=UTF-8''"
				+ URLEncoder.encode(baseName + "." + ext, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** The whole file as the answer of a controller, never cached. */
	public static ResponseEntity<byte[]> entity(String fileName, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

	/** Writes the whole file to the response, under the given attachment header. */
	public static void send(HttpServletResponse res, String mediaType, String disposition, byte[] content) {
		res.setContentType(mediaType);
		res.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
		try {
			res.getOutputStream().write(content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Sets the download headers and opens the body, to stream the file into. */
	public static OutputStream open(HttpServletResponse res, String mediaType, String disposition) {
		res.setContentType(mediaType);
		res.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
		try {
			return res.getOutputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The response body, opened only when the first byte is written: until then an error
	 * (404, 400) can still be answered normally, with its own content type.
	 */
	public static OutputStream lazy(HttpServletResponse response, String fileName, String mediaType) {
		return new OutputStream() {
			private OutputStream out;

			private OutputStream out() throws IOException {
				if (out == null) {
					response.setContentType(mediaType);
					response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
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
