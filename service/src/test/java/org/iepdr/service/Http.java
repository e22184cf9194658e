package org.iepdr.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client over real HTTP (java.net.http) for the tests. */
final class Http {

  static final Path CASES = Path.of("../examples/cases");
  static final JsonMapper JSON = JsonMapper.builder().build();

  final HttpClient client = HttpClient.newHttpClient();
  final int port;

  Http(int port) {
    this.port = port;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
    return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> r) {
    return JSON.readTree(r.body());
  }

  static String caseFile(String name) throws IOException {
    return Files.readString(CASES.resolve(name));
  }

  /** A case file as one JSON line. */
  static String line(String caseFileText) {
    return JSON.readTree(caseFileText).toString();
  }
}
