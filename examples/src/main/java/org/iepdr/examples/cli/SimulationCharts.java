package org.iepdr.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.iepdr.core.simulation.Interval;
import org.iepdr.core.simulation.ModelResult;
import org.iepdr.core.simulation.ProcessResult;
import org.iepdr.core.simulation.Proportion;
import org.iepdr.core.simulation.Quantile;
import org.iepdr.core.simulation.SimulationReport;
import org.iepdr.core.simulation.Sweep;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code iepdr simulate --report DIR}: an HTML page with the simulation's charts, each as SVG and PNG
 * (drawn by XChart, headless) with the CSV of the numbers behind it.
 */
final class SimulationCharts {

  /** A chart and the table behind it. */
  record Figure(String file, String title, Chart<?, ?> chart, List<String> header, List<List<String>> rows) {}

  private SimulationCharts() {}

  /**
   * Returns the charts of a run: days to resolution, each process's reached / held / resolved shares
   * (stacked, per model), and the share resolved per model with both intervals.
   *
   * @param r the report
   * @return the figures
   */
  static List<Figure> figures(SimulationReport r) {
    List<Figure> out = new ArrayList<>();
    out.add(days(r));
    for (ModelResult m : r.models()) {
      out.add(stacked(r, m));
    }
    out.add(models(r));
    return out;
  }

  /**
   * Returns the charts of a sweep: the share resolved and the median days to resolution against the
   * swept value, per model, with the interval from simulation noise (and the one including parameter
   * uncertainty, with draws).
   *
   * @param s the sweep
   * @return the figures
   */
  static List<Figure> figures(Sweep.Result s) {
    XYChart c = new XYChartBuilder().width(900).height(520).title("Share of disputes resolved against "
        + s.sweep().path()).xAxisTitle(s.sweep().path()).yAxisTitle("share resolved (%)").build();
    c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    List<String> header = List.of("value", "model", "resolved", "lower_noise", "upper_noise",
        "lower_with_parameters", "upper_with_parameters");
    List<List<String>> rows = new ArrayList<>();
    SimulationReport first = s.points().get(0).report();
    for (ModelResult m0 : first.models()) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      List<Double> plo = new ArrayList<>();
      List<Double> phi = new ArrayList<>();
      for (Sweep.Point p : s.points()) {
        ModelResult m = p.report().model(m0.name()).orElseThrow();
        Proportion res = m.resolved();
        x.add(p.value());
        y.add(100 * res.estimate());
        lo.add(100 * res.lower());
        hi.add(100 * res.upper());
        Interval w = p.report().withParameters(m.name(), "ALL", "resolved").orElse(null);
        if (w != null) {
          plo.add(100 * w.lower());
          phi.add(100 * w.upper());
        }
        rows.add(List.of(num(p.value()), m.name(), num(res.estimate()), num(res.lower()), num(res.upper()),
            w == null ? "" : num(w.lower()), w == null ? "" : num(w.upper())));
      }
      c.addSeries(m0.name(), x, y);
      line(c.addSeries(m0.name() + ": 95% lower, noise alone", x, lo));
      line(c.addSeries(m0.name() + ": 95% upper, noise alone", x, hi));
      if (!plo.isEmpty()) {
        line(c.addSeries(m0.name() + ": 95% lower, with parameter uncertainty", x, plo));
        line(c.addSeries(m0.name() + ": 95% upper, with parameter uncertainty", x, phi));
      }
    }
    return List.of(new Figure("sweep-resolved", c.getTitle(), c, header, rows), sweepDays(s));
  }

  /** The median days to resolution against the swept value, per model, with its intervals. */
  private static Figure sweepDays(Sweep.Result s) {
    XYChart c = new XYChartBuilder().width(900).height(520).title("Median days to resolution against "
        + s.sweep().path()).xAxisTitle(s.sweep().path()).yAxisTitle("median days to resolution").build();
    c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    List<String> header = List.of("value", "model", "median_days", "lower_noise", "upper_noise",
        "lower_with_parameters", "upper_with_parameters");
    List<List<String>> rows = new ArrayList<>();
    for (ModelResult m0 : s.points().get(0).report().models()) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      List<Double> plo = new ArrayList<>();
      List<Double> phi = new ArrayList<>();
      for (Sweep.Point p : s.points()) {
        ModelResult m = p.report().model(m0.name()).orElseThrow();
        var med = m.timeToResolution().median();
        x.add(p.value());
        y.add((double) med.days());
        lo.add((double) med.lower());
        hi.add((double) med.upper());
        Interval w = p.report().withParameters(m.name(), "ALL", "time_to_resolution_median").orElse(null);
        if (w != null) {
          plo.add(w.lower());
          phi.add(w.upper());
        }
        rows.add(List.of(num(p.value()), m.name(), Integer.toString(med.days()), Integer.toString(med.lower()),
            Integer.toString(med.upper()), w == null ? "" : num(w.lower()), w == null ? "" : num(w.upper())));
      }
      c.addSeries(m0.name(), x, y);
      line(c.addSeries(m0.name() + ": 95% lower, noise alone", x, lo));
      line(c.addSeries(m0.name() + ": 95% upper, noise alone", x, hi));
      if (!plo.isEmpty()) {
        line(c.addSeries(m0.name() + ": 95% lower, with parameter uncertainty", x, plo));
        line(c.addSeries(m0.name() + ": 95% upper, with parameter uncertainty", x, phi));
      }
    }
    return new Figure("sweep-days", c.getTitle(), c, header, rows);
  }

  private static void line(XYSeries s) {
    s.setMarker(SeriesMarkers.NONE);
    s.setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f,
        new float[] {4f, 4f}, 0f));
  }

  private static Figure days(SimulationReport r) {
    CategoryChart c = new CategoryChartBuilder().width(900).height(520).title("Days to resolution (resolved disputes)")
        .xAxisTitle("quantile").yAxisTitle("days").build();
    c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    List<String> qs = List.of("q1", "median", "q3", "p90");
    List<List<String>> rows = new ArrayList<>();
    for (ModelResult m : r.models()) {
      List<Quantile> q = List.of(m.timeToResolution().q1(), m.timeToResolution().median(), m.timeToResolution().q3(),
          m.timeToResolution().p90());
      List<Integer> days = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        days.add(q.get(i).days());
        rows.add(List.of(m.name(), qs.get(i), Integer.toString(q.get(i).days()), Integer.toString(q.get(i).lower()),
            Integer.toString(q.get(i).upper())));
      }
      c.addSeries(m.name(), qs, days);
    }
    return new Figure("days-to-resolution", c.getTitle(), c, List.of("model", "quantile", "days", "lower_noise",
        "upper_noise"), rows);
  }

  private static Figure stacked(SimulationReport r, ModelResult m) {
    CategoryChart c = new CategoryChartBuilder().width(1000).height(520).title("Processes: reached, held and resolved ("
        + m.name() + ")").xAxisTitle("process").yAxisTitle("share of all disputes (%)").build();
    c.getStyler().setStacked(true);
    c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    List<String> procs = new ArrayList<>();
    List<Double> resolved = new ArrayList<>();
    List<Double> heldNot = new ArrayList<>();
    List<Double> reachedNot = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (ProcessResult p : m.processes()) {
      double reached = p.reached().estimate();
      double held = reached * p.held().estimate();
      double res = held * p.resolved().estimate();
      procs.add(p.process().name());
      resolved.add(100 * res);
      heldNot.add(100 * (held - res));
      reachedNot.add(100 * (reached - held));
      rows.add(List.of(m.name(), p.process().name(), num(reached), num(held), num(res),
          p.reached().count() == 0 ? SimulationReport.NOT_REACHED : ""));
    }
    c.addSeries("resolved", procs, resolved);
    c.addSeries("held, not resolved", procs, heldNot);
    c.addSeries("reached, not held", procs, reachedNot);
    return new Figure("processes-" + m.name().replaceAll("[^A-Za-z0-9-]", "_"), c.getTitle(), c,
        List.of("model", "process", "reached", "held", "resolved", "note"), rows);
  }

  private static Figure models(SimulationReport r) {
    CategoryChart c = new CategoryChartBuilder().width(900).height(520).title("Share of disputes resolved: reforms"
        + " against the baseline").xAxisTitle("model").yAxisTitle("share resolved (%)").build();
    c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    c.getStyler().setOverlapped(true);
    List<String> names = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<Double> lo = new ArrayList<>();
    List<Double> hi = new ArrayList<>();
    List<Double> plo = new ArrayList<>();
    List<Double> phi = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (ModelResult m : r.models()) {
      names.add(m.name());
      y.add(100 * m.resolved().estimate());
      lo.add(100 * m.resolved().lower());
      hi.add(100 * m.resolved().upper());
      Interval w = r.withParameters(m.name(), "ALL", "resolved").orElse(null);
      if (w != null) {
        plo.add(100 * w.lower());
        phi.add(100 * w.upper());
      }
      rows.add(List.of(m.name(), num(m.resolved().estimate()), num(m.resolved().lower()), num(m.resolved().upper()),
          w == null ? "" : num(w.lower()), w == null ? "" : num(w.upper())));
    }
    c.addSeries("resolved", names, y);
    marker(c.addSeries("95% lower, noise alone", names, lo));
    marker(c.addSeries("95% upper, noise alone", names, hi));
    if (!plo.isEmpty()) {
      marker(c.addSeries("95% lower, with parameter uncertainty", names, plo));
      marker(c.addSeries("95% upper, with parameter uncertainty", names, phi));
    }
    return new Figure("reforms-resolved", c.getTitle(), c, List.of("model", "resolved", "lower_noise", "upper_noise",
        "lower_with_parameters", "upper_with_parameters"), rows);
  }

  private static void marker(CategorySeries s) {
    s.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
  }

  /**
   * Writes the figures, their CSV files and {@code index.html} into a directory (created if missing).
   *
   * @param figures the figures
   * @param dir the directory
   * @param title the page's title
   * @param intro a paragraph saying what was simulated and which interval is which
   * @return the files written
   */
  static List<Path> write(List<Figure> figures, Path dir, String title, String intro) {
    System.setProperty("java.awt.headless", "true");
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          + "<title>" + esc(title) + "</title>\n</head>\n<body>\n<h1>" + esc(title) + "</h1>\n<p>" + esc(intro)
          + "</p>\n");
      for (Figure f : figures) {
        Path svg = dir.resolve(f.file() + ".svg");
        Path png = dir.resolve(f.file() + ".png");
        Path csv = dir.resolve(f.file() + ".csv");
        VectorGraphicsEncoder.saveVectorGraphic(f.chart(), svg.toString(),
            VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        BitmapEncoder.saveBitmap(f.chart(), png.toString(), BitmapEncoder.BitmapFormat.PNG);
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(
                f.header().toArray(String[]::new)).get())) {
          for (List<String> row : f.rows()) {
            p.printRecord(row);
          }
        }
        files.add(svg);
        files.add(png);
        files.add(csv);
        html.append("<h2>").append(esc(f.title())).append("</h2>\n<p><img src=\"").append(f.file())
            .append(".svg\" alt=\"").append(esc(f.title())).append("\" width=\"900\"></p>\n<p><a href=\"")
            .append(f.file()).append(".png\">PNG</a> · <a href=\"").append(f.file()).append(".csv\">the numbers (CSV)</a>"
                + "</p>\n");
      }
      html.append("</body>\n</html>\n");
      Path index = dir.resolve("index.html");
      Files.writeString(index, html.toString(), StandardCharsets.UTF_8);
      files.add(index);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report in " + dir + ": " + e.getMessage(), e);
    }
    return files;
  }

  /**
   * Returns the series names of each figure's chart, by file name (for tests).
   *
   * @param figures the figures
   * @return the names
   */
  static Map<String, List<String>> series(List<Figure> figures) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Figure f : figures) {
      out.put(f.file(), new ArrayList<>(f.chart().getSeriesMap().keySet()));
    }
    return out;
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.6f", d);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
