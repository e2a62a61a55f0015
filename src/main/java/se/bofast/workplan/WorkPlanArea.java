package se.bofast.workplan;

/**
 * The four life areas of the work plan, in seed 003's order ("Arbetsplanen fokuserar på fyra
 * livsområden", section 3.1 of Boendestöd på stödboende).
 */
public enum WorkPlanArea {
  RENT("Hyran är viktigast"),
  TENANCY_LAW("Hyreslagen gäller"),
  TREATMENT("Vilka behandlingsresurser som krävs"),
  NEIGHBOUR("”Jag ska kunna ha klienten som granne”");

  private final String label;

  WorkPlanArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
