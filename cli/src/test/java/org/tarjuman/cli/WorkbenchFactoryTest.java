package org.tarjuman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.workbench.Workbench;

class WorkbenchFactoryTest {

  private final FakeWorkspaces workspaces = new FakeWorkspaces();
  private final WorkbenchFactory factory = workspaces.factory();

  @AfterEach
  void deleteWorkspace() throws Exception {
    workspaces.close();
  }

  @Test
  void opensNothingUntilACommandNeedsTheWorkbench() {
    factory.close();

    assertThat(workspaces.opened).isEmpty();
  }

  @Test
  void opensTheWorkspaceOnceAndClosesItAtExit() {
    Workbench first = factory.workbench();
    Workbench second = factory.workbench();
    factory.close();

    assertThat(second).isSameAs(first);
    assertThat(workspaces.opened).hasSize(1);
    assertThat(workspaces.opened.get(0).folder()).isEqualTo(workspaces.folder);
    assertThat(workspaces.workbenches.get(0).closed).isTrue();
  }

  @Test
  void opensAnotherFolderAsAWorkspaceOfItsOwn() {
    try (Workbench other = factory.openFolder(workspaces.folder.resolve("demo"))) {
      assertThat(other).isNotSameAs(factory.workbench());
    }

    assertThat(workspaces.opened.get(0).folder()).isEqualTo(workspaces.folder.resolve("demo"));
    assertThat(workspaces.opened.get(0).jdbcUrl()).isEmpty();
  }
}
