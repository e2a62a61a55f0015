package se.bofast.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.bofast.platform.web.ApiFuzzSeeds.Seed;
import se.bofast.platform.web.ApiWriteEndpoints.Endpoint;
import se.bofast.platform.web.FuzzValues.Fragment;

/**
 * Turns a valid seed into a fuzzed request: fields replaced by malformed values, fields
 * dropped or unknown ones added, a key given twice, broken or random JSON, another content
 * type, a body past the 64 KiB limit, malformed ids in the path — or the seed unchanged.
 */
final class FuzzRequests {

  /** A request to send; {@code mustRefuse}: nothing about it may be accepted. */
  record FuzzRequest(Endpoint endpoint, String path, String contentType, String body, boolean mustRefuse,
      String what) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> BAD_IDS = List.of("0", "-1", "999999999", "9223372036854775807",
      "9223372036854775808", "abc", "1.5", "1e3", " 1", "VK-2026-00001", "%27%3B--", "%E2%80%AE");
  private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream");

  private final FuzzValues values;

  FuzzRequests(FuzzValues values) {
    this.values = values;
  }

  FuzzRequest next(Endpoint endpoint, Seed seed) {
    Map<String, String> path = new HashMap<>(seed.path());
    boolean badPath = !path.isEmpty() && values.chance(10);
    if (badPath) {
      String name = values.pick(new ArrayList<>(path.keySet()));
      path.put(name, values.pick(BAD_IDS));
    }
    String url = expand(endpoint.pattern(), path);
    if (seed.body() == null) {
      return new FuzzRequest(endpoint, url, values.chance(50) ? "application/json" : null,
          values.chance(50) ? null : values.any().json(), false, badPath ? "bad id" : "no body");
    }
    int kind = values.nextInt(100);
    if (kind < 50) {
      return mutated(endpoint, url, seed.body(), 1 + values.nextInt(3));
    }
    if (kind < 58) {
      return reshaped(endpoint, url, seed.body());
    }
    if (kind < 68) {
      return duplicateKey(endpoint, url, seed.body());
    }
    if (kind < 78) {
      return broken(endpoint, url, seed.body());
    }
    if (kind < 83) {
      return new FuzzRequest(endpoint, url, values.pick(CONTENT_TYPES), seed.body(), true, "content type");
    }
    if (kind < 86) {
      String huge = seed.body().replaceFirst("\\{", "{\"padding\":\"" + "x".repeat(70_000) + "\",");
      return new FuzzRequest(endpoint, url, "application/json", huge, true, "body over 64 KiB");
    }
    return new FuzzRequest(endpoint, url, "application/json", seed.body(), false, badPath ? "bad id" : "seed");
  }

  /** Up to three leaves of the seed replaced by generated values (the last value put on a leaf counts). */
  private FuzzRequest mutated(Endpoint endpoint, String url, String body, int count) {
    ObjectNode tree = tree(body);
    List<String[]> leaves = new ArrayList<>();
    collect(tree, new ArrayList<>(), leaves);
    Map<String, Fragment> put = new java.util.LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String[] leaf = leaves.get(values.nextInt(leaves.size()));
      ObjectNode parent = parent(tree, leaf);
      if (parent == null) {
        continue; // inside an object that an earlier mutation replaced
      }
      String name = String.join(".", leaf);
      Fragment fragment = values.any(FuzzValues.LONG_TEXTS.getOrDefault(endpoint.key() + " " + name,
          FuzzValues.LONGER_THAN_EVERY_COLUMN - 1));
      parent.putRawValue(leaf[leaf.length - 1], new RawValue(fragment.json()));
      put.keySet().removeIf(earlier -> earlier.equals(name) || earlier.startsWith(name + "."));
      put.put(name, fragment);
    }
    boolean mustRefuse = put.values().stream().anyMatch(Fragment::alwaysInvalid);
    String what = put.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().kind())
        .collect(java.util.stream.Collectors.joining(", "));
    return new FuzzRequest(endpoint, url, "application/json", tree.toString(), mustRefuse, what);
  }

  /** A field dropped, set to null or an unknown field added. */
  private FuzzRequest reshaped(Endpoint endpoint, String url, String body) {
    ObjectNode tree = tree(body);
    List<String[]> leaves = new ArrayList<>();
    collect(tree, new ArrayList<>(), leaves);
    String[] leaf = leaves.get(values.nextInt(leaves.size()));
    return switch (values.nextInt(3)) {
      case 0 -> {
        parent(tree, leaf).remove(leaf[leaf.length - 1]);
        yield new FuzzRequest(endpoint, url, "application/json", tree.toString(), false, "missing field");
      }
      case 1 -> {
        parent(tree, leaf).putNull(leaf[leaf.length - 1]);
        yield new FuzzRequest(endpoint, url, "application/json", tree.toString(), false, "null field");
      }
      default -> {
        parent(tree, leaf).putRawValue("okäntFält" + values.nextInt(3), new RawValue(values.any().json()));
        yield new FuzzRequest(endpoint, url, "application/json", tree.toString(), true, "unknown field");
      }
    };
  }

  /** One of the seed's keys given a second time in the same object. */
  private FuzzRequest duplicateKey(Endpoint endpoint, String url, String body) {
    ObjectNode tree = tree(body);
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    String name = values.pick(names);
    String again = values.chance(50) ? tree.get(name).toString() : values.any().json();
    String text = tree.toString();
    String duplicated = values.chance(50)
        ? "{\"" + name + "\":" + again + "," + text.substring(1)
        : text.substring(0, text.length() - 1) + ",\"" + name + "\":" + again + "}";
    return new FuzzRequest(endpoint, url, "application/json", duplicated, true, "duplicate key " + name);
  }

  /** Not the JSON object the endpoint reads: truncated, random, another JSON value, empty. */
  private FuzzRequest broken(Endpoint endpoint, String url, String body) {
    String text = switch (values.nextInt(6)) {
      case 0 -> body.substring(0, 1 + values.nextInt(body.length() - 1));
      case 1 -> values.any().json();
      case 2 -> "[" + body + "]";
      case 3 -> "";
      case 4 -> "[".repeat(2000) + "]".repeat(2000);
      default -> body.replace(":", values.pick(List.of("=", ": :", ":,", ";")));
    };
    return new FuzzRequest(endpoint, url, "application/json", text, true, "broken JSON");
  }

  private static void collect(JsonNode node, List<String> at, List<String[]> leaves) {
    node.fields().forEachRemaining(e -> {
      List<String> path = new ArrayList<>(at);
      path.add(e.getKey());
      if (e.getValue().isObject()) {
        collect(e.getValue(), path, leaves);
      }
      leaves.add(path.toArray(String[]::new));
    });
  }

  private static ObjectNode parent(ObjectNode tree, String[] leaf) {
    ObjectNode node = tree;
    for (int i = 0; i < leaf.length - 1; i++) {
      if (!(node.get(leaf[i]) instanceof ObjectNode child)) {
        return null;
      }
      node = child;
    }
    return node;
  }

  private static ObjectNode tree(String body) {
    try {
      return (ObjectNode) JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String expand(String pattern, Map<String, String> path) {
    String url = pattern;
    for (Map.Entry<String, String> variable : path.entrySet()) {
      String value = variable.getValue().contains("%") ? variable.getValue()
          : URLEncoder.encode(variable.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
      url = url.replace("{" + variable.getKey() + "}", value);
    }
    return url;
  }
}
