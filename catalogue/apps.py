import oscar.apps.catalogue.apps as oscar_catalogue_apps


class CatalogueConfig(oscar_catalogue_apps.CatalogueConfig):
    name = "catalogue"
