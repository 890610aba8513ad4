import { useSearchParams } from 'react-router';
import { useReviews } from '../api/hooks';
import { SelectInput } from '../../../ui/fields';

/**
 * Which review a log page shows, kept in the address (?review=12) so the view can be linked to
 * and survives a reload. '' means all.
 */
export function useReviewFilter(): [string, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('review') ?? '';
  const set = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('review', id);
        else next.delete('review');
        return next;
      },
      { replace: true },
    );
  return [value, set];
}

export function ReviewFilter({ label, allLabel, value, onChange }: { label: string; allLabel: string; value: string; onChange: (id: string) => void }) {
  const reviews = useReviews().data?.reviews ?? [];
  const options = [{ id: 'all', label: allLabel }, ...reviews.map((r) => ({ id: r.id, label: `${r.title} (${r.hospitalName})` }))];
  return (
    <div className="filter-row">
      <SelectInput label={label} options={options} value={value || 'all'} onChange={(id) => onChange(id === 'all' || id === null ? '' : id)} />
    </div>
  );
}
