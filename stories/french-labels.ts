import type { AvatarPickerLabels } from '@avatar-picker/ui';

const plural = (count: number, one: string, many: string) =>
  count <= 1 ? `${count} ${one}` : `${count.toLocaleString('fr-FR')} ${many}`;

/** Every string of the picker in French: complete, so the compiler flags any new label. */
export const frenchLabels: AvatarPickerLabels = {
  grid: 'Avatars',
  search: 'Rechercher des avatars',
  searchPlaceholder: 'Rechercher des avatars…',
  filters: 'Afficher',
  sort: 'Trier',
  sortDefault: 'Par défaut',
  sortOrder: {
    newest: 'Plus récents',
    oldest: 'Plus anciens',
    name: 'Nom',
    updated: 'Modifiés récemment',
  },
  locale: 'fr',
  filter: {
    all: 'Tous',
    recent: 'Récents',
    favorites: 'Favoris',
    mine: 'Les miens',
    public: 'Publics',
  },
  loading: 'Chargement des avatars',
  loadingLooks: 'Chargement des apparences…',
  looksError: 'Impossible de charger les apparences de cet avatar.',
  noLooks: 'Cet avatar n’a pas encore d’apparence.',
  retry: 'Réessayer',
  clearSearch: 'Effacer la recherche',
  emptyAccount:
    'Aucun avatar pour l’instant. Créez un personnage dans AgentHuman et il apparaîtra ici.',
  emptyFavorites: 'Aucun favori pour l’instant. Utilisez l’étoile d’un avatar pour l’ajouter ici.',
  emptyPublic: 'Aucun avatar public pour le moment.',
  recentlyUsed: 'Utilisées récemment',
  emptyRecent: 'Aucune apparence utilisée récemment. Celles que vous choisirez apparaîtront ici.',
  noResults: (query) =>
    `Aucun avatar ne correspond à « ${query} ». Effacez la recherche ou choisissez un autre filtre.`,
  resultCount: (count) => plural(count, 'avatar', 'avatars'),
  looksCount: (count) => plural(count, 'apparence', 'apparences'),
  unavailable: 'Indisponible',
  favorite: (name) => `Favori : ${name}`,
  favoriteInTile: 'Favori',
  favoriteAdded: (name) => `${name} ajouté aux favoris`,
  favoriteRemoved: (name) => `${name} retiré des favoris`,
  favoriteFailed: (name) => `Impossible de modifier le favori de ${name}`,
  favoritePending: (name, isFavorite) =>
    `${name} sera ${isFavorite ? 'ajouté aux' : 'retiré des'} favoris au retour de la connexion`,
  errorAuth:
    'La clé d’API du serveur a été refusée. Demandez au responsable du site de la vérifier.',
  errorForbidden: 'L’accès à ces avatars a été refusé.',
  errorNotFound: 'Les avatars sont introuvables.',
  errorRateLimited: (seconds) => `Trop de requêtes — nouvel essai dans ${seconds} s`,
  errorBadRequest: 'Le service d’avatars a refusé la requête.',
  errorServer: 'Le service d’avatars a rencontré un problème. Réessayez dans un instant.',
  errorNetwork: 'Impossible de joindre le service d’avatars. Vérifiez votre connexion.',
  errorInvalidResponse: 'Le service d’avatars a envoyé une réponse illisible.',
  errorAborted: 'Le chargement a été annulé.',
  chooseAvatar: 'Choisir un avatar',
  savedAvatar: 'Votre avatar enregistré',
  savedLookUnavailable: "Votre avatar enregistré n'est plus disponible. Choisissez-en un autre.",
  valueRequired: 'Choisissez un avatar pour continuer.',
  holdsChoice: 'Contient votre look choisi',
  choiceName: (lookName, characterName) =>
    characterName === null ? lookName : `${characterName} · ${lookName}`,
  chosenAvatar: (name) => `Avatar : ${name}`,
  dialogTitle: 'Choisir un avatar',
  dialogDescription: 'Ouvrez un avatar pour voir ses apparences, puis choisissez-en une.',
  close: 'Fermer',
  unmute: 'Activer le son',
};
