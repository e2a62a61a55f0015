package se.bofast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * The module boundaries, verified on every build: each package directly under {@code se.bofast} is
 * an application module; a module may use only the modules its package-info.java allows, and of
 * those only the base package and the named interfaces they declare, never their other
 * sub-packages; modules form no cycle. The second test writes the module documentation the README
 * links to into {@code docs/modules/}.
 */
class ModularityTests {

  static final Path DOCS = Path.of("docs", "modules");
  static final Path GENERATED = Path.of("target", "spring-modulith-docs");

  static final ApplicationModules modules = ApplicationModules.of(BofastApplication.class);

  @Test
  void modulesOnlyUseEachOthersApiAndFormNoCycles() {
    modules.verify();
  }

  @Test
  void writesTheModuleDocumentationIntoDocsModules() throws IOException {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
        // identity shows too: the groups other modules name are constants, which leave no trace in bytecode
        .writeDocumentation(DiagramOptions.defaults()
            .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE), CanvasOptions.defaults());
    copyChangedFiles(GENERATED, DOCS);

    String components = Files.readString(DOCS.resolve("components.puml"));
    for (ApplicationModule module : modules) {
      String name = module.getIdentifier().toString();
      assertThat(components).contains("\"" + module.getDisplayName() + "\"");
      assertThat(DOCS.resolve("module-" + name + ".puml")).isRegularFile();
      assertThat(DOCS.resolve("module-" + name + ".adoc")).isRegularFile();
    }
    assertThat(fileNames(DOCS)).isEqualTo(fileNames(GENERATED));
  }

  /**
   * The Documenter writes relations and listed events in hash order, which differs from run to
   * run: a file whose lines are the ones already committed, in another order, is left as it is,
   * so that regenerating leaves the work tree clean unless the modules changed. (In a canvas the
   * first item of a list opens the table cell, "|* ", so the cell mark is not part of the line.)
   */
  static void copyChangedFiles(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    Set<String> generated = fileNames(from);
    for (String stale : fileNames(to)) {
      if (!generated.contains(stale)) {
        Files.delete(to.resolve(stale));
      }
    }
    for (String name : generated) {
      Path target = to.resolve(name);
      if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(from.resolve(name)))) {
        Files.copy(from.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static List<String> sortedLines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(line -> line.startsWith("|* ") ? line.substring(1) : line).sorted().toList();
  }

  private static Set<String> fileNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
  }
}
