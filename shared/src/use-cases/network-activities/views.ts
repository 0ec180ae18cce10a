// Records → what LIFF reads: storage keys and uploader ids stay on the server; names are resolved once per page.
import { memberDisplayName } from '../../domain/member';
import { participantCount, type LibraryItem, type NetworkActivity, type StoredFile } from '../../domain/network-activity';
import type { Repositories } from '../../store/repositories';
import type { LibraryItemView, NetworkActivityView, StoredFileView } from './contracts';

export const toStoredFileView = (f: StoredFile): StoredFileView => ({
  id: f.id,
  name: f.name,
  contentType: f.contentType,
  size: f.size,
  uploadedAt: f.uploadedAt,
});

/** Display names of the given members ('' for someone no longer in the system). */
export async function namesOf(repos: Repositories, memberIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(memberIds)];
  const people = await repos.members.getMany(ids);
  return new Map(ids.map((id, i) => [id, people[i] ? memberDisplayName(people[i]) : '']));
}

export function toLibraryItemView(item: LibraryItem, names: Map<string, string>, activityTitles: Map<string, string>): LibraryItemView {
  return {
    id: item.id,
    networkId: item.networkId,
    kind: item.kind,
    title: item.title,
    description: item.description,
    url: item.url,
    file: item.file ? toStoredFileView(item.file) : null,
    activityId: item.activityId,
    activityTitle: item.activityId ? (activityTitles.get(item.activityId) ?? null) : null,
    addedByName: names.get(item.addedBy) ?? '',
    createdAt: item.createdAt,
  };
}

export function toActivityView(a: NetworkActivity, knowledge: LibraryItemView[], names: Map<string, string>): NetworkActivityView {
  return {
    id: a.id,
    networkId: a.networkId,
    title: a.title,
    kind: a.kind,
    date: a.date,
    planActivityId: a.planActivityId,
    participants: { ...a.participants, count: participantCount(a) },
    notes: a.notes,
    evidence: a.evidence.map(toStoredFileView),
    knowledge,
    recordedByName: names.get(a.recordedBy) ?? '',
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** Views of several activities with their knowledge items, in two batched reads. */
export async function activityViews(repos: Repositories, activities: readonly NetworkActivity[]): Promise<NetworkActivityView[]> {
  const itemIds = [...new Set(activities.flatMap((a) => a.libraryItemIds))];
  const items = (await repos.libraryItems.getMany(itemIds)).filter((i): i is LibraryItem => i !== null);
  const names = await namesOf(repos, [...activities.map((a) => a.recordedBy), ...items.map((i) => i.addedBy)]);
  const titles = new Map(activities.map((a) => [a.id, a.title]));
  const byId = new Map(items.map((i) => [i.id, toLibraryItemView(i, names, titles)]));
  return activities.map((a) =>
    toActivityView(
      a,
      a.libraryItemIds.map((id) => byId.get(id)).filter((v): v is LibraryItemView => v !== undefined),
      names,
    ),
  );
}
