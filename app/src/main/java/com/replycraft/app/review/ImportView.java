package com.replycraft.app.review;

import com.replycraft.app.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * Imports a help-desk export: the upload lands in a temporary file, the import runs in the
 * background with a progress bar (updated by server push), then the summary, every rejected row
 * (line and reason) and a CSV of the rejected rows to download.
 */
@Route("imports")
@PageTitle("Import transcripts")
@Menu(order = 6, title = "Import transcripts", icon = "vaadin:upload")
@RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class ImportView extends VerticalLayout {

  final Upload upload = new Upload();
  final Span file = new Span();
  final ProgressBar progress = new ProgressBar(0, 1);
  final Span progressText = new Span();
  final Span error = new Span();
  final Paragraph summary = new Paragraph();
  final Grid<ImportReport.Rejection> rejected = new Grid<>();
  final Anchor download = new Anchor();
  final Anchor toQueue = new Anchor("review-queue", "Open the review queue");
  private final Div result = new Div();
  private final ImportJobs jobs;
  private boolean running;
  private @Nullable ImportReport report;

  ImportView(ImportJobs jobs) {
    this.jobs = jobs;
    setMaxWidth("1100px");
    add(intro(), formats(), upload(), file, progress, progressText, error, result());
    progress.setVisible(false);
    progress.setId("import-progress");
    progressText.setId("import-progress-text");
    error.setId("import-error");
    error.addClassName("rc-error");
    error.setVisible(false);
  }

  private Paragraph intro() {
    return new Paragraph(
        "Upload a help-desk export. Every conversation is audited by the scorer and lands in the"
            + " review queue; importing a conversation id again updates that conversation. Valid"
            + " rows are always kept; each rejected row is listed with its line and reason.");
  }

  private Div formats() {
    Div csv =
        new Div(
            new Span("CSV (.csv), one row per message, RFC 4180 quoting, with the header "),
            new Code(String.join(",", ImportService.CSV_HEADER)),
            new Span(
                ". Columns are matched by name; the last four are optional. author is CUSTOMER,"
                    + " AGENT or BOT; timestamp ISO-8601 with a zone; resolved true, false or"
                    + " blank."));
    Div jsonl =
        new Div(
            new Span(
                "JSONL (.jsonl), one conversation per line: a scoring request (channel, thread,"
                    + " customer) plus "),
            new Code("conversationId"),
            new Span(", "),
            new Code("agentId"),
            new Span(" and an optional "),
            new Code("resolved"),
            new Span(" (true/false)."));
    Div formats = new Div(csv, jsonl);
    formats.setId("import-formats");
    formats.addClassName("rc-import-formats");
    return formats;
  }

  private Upload upload() {
    upload.setId("import-upload");
    upload.setMaxFiles(1);
    upload.setAcceptedFileTypes(
        ".csv", ".jsonl", ".ndjson", "text/csv", "application/x-ndjson", "application/jsonl");
    upload.setUploadHandler(UploadHandler.toTempFile(this::uploaded));
    file.setId("import-file");
    return upload;
  }

  private Div result() {
    summary.setId("import-summary");
    rejected.setId("rejected-grid");
    rejected
        .addColumn(ImportReport.Rejection::line)
        .setHeader("Line")
        .setWidth("6em")
        .setFlexGrow(0);
    rejected.addColumn(ImportReport.Rejection::reason).setHeader("Reason").setFlexGrow(1);
    rejected.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    rejected.setAllRowsVisible(false);
    rejected.setHeight("320px");
    download.setId("download-rejected");
    download.setText("Download rejected rows");
    download.getElement().setAttribute("download", true);
    toQueue.setId("to-queue");
    result.add(summary, rejected, download, new Div(toQueue));
    result.setWidthFull();
    result.setVisible(false);
    return result;
  }

  /** Runs inside UI.access (the upload handler's success callback). */
  private void uploaded(UploadMetadata metadata, File tempFile) throws IOException {
    upload.clearFileList();
    if (running) {
      error.setText("An import is still running; upload the next file when it has finished.");
      error.setVisible(true);
      tempFile.delete();
      return;
    }
    ImportFormat format =
        ImportFormat.detect(metadata.fileName(), metadata.contentType(), tempFile.toPath());
    start(metadata.fileName(), format, tempFile.toPath());
  }

  void start(String fileName, ImportFormat format, Path tempFile) {
    UI ui = UI.getCurrent();
    running = true;
    report = null;
    result.setVisible(false);
    error.setVisible(false);
    file.setText("Importing " + fileName + " as " + format + " …");
    progress.setValue(0);
    progress.setVisible(true);
    progressText.setText("Starting");
    jobs.start(
            tempFile,
            format,
            (fraction, lines, messages, rejectedRows) ->
                ui.access(
                    () -> {
                      progress.setValue(fraction);
                      progressText.setText(
                          lines
                              + " lines read, "
                              + messages
                              + " messages stored, "
                              + rejectedRows
                              + " rejected");
                    }))
        .whenComplete(
            (done, failure) ->
                ui.access(
                    () -> {
                      running = false;
                      progress.setVisible(false);
                      if (failure != null) {
                        failed(fileName, failure);
                      } else {
                        show(fileName, done);
                      }
                    }));
  }

  private void failed(String fileName, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    file.setText(fileName + " was not imported.");
    progressText.setText("");
    error.setText(
        cause instanceof ImportFormatException
            ? cause.getMessage()
            : "The import stopped: " + cause.getMessage() + ". Rows stored before it are kept.");
    error.setVisible(true);
  }

  private void show(String fileName, ImportReport done) {
    report = done;
    file.setText("Imported " + fileName + ".");
    progressText.setText("");
    summary.setText(
        done.conversations()
            + " conversation(s) and "
            + done.messages()
            + " message(s) stored; "
            + done.rejected().size()
            + " row(s) rejected.");
    rejected.setItems(done.rejected());
    rejected.setVisible(!done.rejected().isEmpty());
    byte[] csv = rejectedCsv().getBytes(StandardCharsets.UTF_8);
    download.setHref(
        DownloadHandler.fromInputStream(
            event ->
                new DownloadResponse(
                    new ByteArrayInputStream(csv), "rejected-rows.csv", "text/csv", csv.length)));
    download.setVisible(!done.rejected().isEmpty());
    result.setVisible(true);
  }

  /** The CSV the download link serves: every rejected row of the last import. */
  String rejectedCsv() {
    return RejectedRowsCsv.of(report == null ? List.of() : report.rejected());
  }

  boolean isRunning() {
    return running;
  }
}
