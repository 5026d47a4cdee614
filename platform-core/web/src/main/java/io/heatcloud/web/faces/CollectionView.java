package io.heatcloud.web.faces;

import io.heatcloud.core.collection.CollectionReport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * {@code #{collectionView}}: every visible company's collection rate and arrears by age, side by
 * side, with two charts and an Excel export.
 */
@Named
@ViewScoped
public class CollectionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CollectionReport report;

  private List<CollectionReport.Row> rows;
  private List<String> seasons;
  private String season;

  @PostConstruct
  void init() {
    load();
  }

  /** Reads the figures of the chosen season (each company's latest when none is chosen). */
  public void load() {
    CollectionReport.Table table = report.table(Faces.user(), Faces.locale(), season);
    rows = table.rows();
    seasons = table.seasons();
  }

  public List<String> getSeasons() {
    return seasons;
  }

  public String getSeason() {
    return season;
  }

  public void setSeason(String season) {
    this.season = season == null || season.isBlank() ? null : season;
  }

  public List<CollectionReport.Row> getRows() {
    return rows;
  }

  /**
   * The collection rate per company, as a Chart.js bar chart.
   *
   * @return the chart's configuration
   */
  public String getRateChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder rates = Json.createArrayBuilder();
    for (CollectionReport.Row r : rows) {
      labels.add(r.companyName());
      rates.add(r.rate());
    }
    return Json.createObjectBuilder().add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("label", Faces.text("collection.rate")).add("data", rates)
                .add("backgroundColor", "#c0392b"))))
        .add("options", Json.createObjectBuilder().add("animation", false).add("scales", Json.createObjectBuilder()
            .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))))
        .build().toString();
  }

  /**
   * What is owed per company by age, as a stacked Chart.js bar chart.
   *
   * @return the chart's configuration
   */
  public String getAgeingChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(r -> labels.add(r.companyName()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    dataset(datasets, "collection.notDue", "#95a5a6", r -> r.ageing().notDue());
    dataset(datasets, "collection.d30", "#f1c40f", r -> r.ageing().days1to30());
    dataset(datasets, "collection.d90", "#e67e22", r -> r.ageing().days31to90());
    dataset(datasets, "collection.d180", "#d35400", r -> r.ageing().days91to180());
    dataset(datasets, "collection.over180", "#922b21", r -> r.ageing().over180());
    return Json.createObjectBuilder().add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder().add("animation", false).add("scales", Json.createObjectBuilder()
            .add("x", Json.createObjectBuilder().add("stacked", true))
            .add("y", Json.createObjectBuilder().add("stacked", true))))
        .build().toString();
  }

  private void dataset(JsonArrayBuilder datasets, String label, String color,
      Function<CollectionReport.Row, BigDecimal> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(r -> data.add(r.ageing() == null ? BigDecimal.ZERO : value.apply(r)));
    datasets.add(Json.createObjectBuilder().add("label", Faces.text(label)).add("data", data)
        .add("backgroundColor", color));
  }

  /**
   * The Excel export.
   *
   * @return the file
   */
  public StreamedContent getExport() {
    return DefaultStreamedContent.builder().name("collection.xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> {
          java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
          report.export(Faces.user(), Faces.locale(), season, out);
          return new java.io.ByteArrayInputStream(out.toByteArray());
        }).build();
  }
}
