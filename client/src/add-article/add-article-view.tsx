/** Add article (being built). */
import type { ExploreHandle } from '../explore/explore-view.tsx';

export interface AddArticleViewProps {
  explore: React.RefObject<ExploreHandle | null>;
  showExplore(): void;
}

export default function AddArticleView(_props: AddArticleViewProps) {
  return <main className="placeholder-view">Add article</main>;
}
